import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { panelOf, partsOf, ModelHarness } from '../support/model.js';
import '../../src/define.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Counts what is attached to page-wide objects (document, window, document.fonts) and what
 * ResizeObservers watch, by wrapping the browser's methods while a test runs.
 */
function instrument() {
  const listeners = new Set<string>();
  const observed = new Set<Element>();
  const idleCallbacks = new Set<number>();
  const targets = new Map<EventTarget, string>([
    [document, 'document'],
    [window, 'window'],
  ]);
  if (document.fonts) targets.set(document.fonts, 'fonts');
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (listener: object) => {
    if (!ids.has(listener)) ids.set(listener, next++);
    return ids.get(listener);
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const requestIdle = window.requestIdleCallback;
  const cancelIdle = window.cancelIdleCallback;
  // Safari has none; the element then preloads after a timer, which the test below covers.
  if (requestIdle) {
    window.requestIdleCallback = (callback, options) => {
      const handle: number = requestIdle((deadline) => {
        idleCallbacks.delete(handle);
        callback(deadline);
      }, options);
      idleCallbacks.add(handle);
      return handle;
    };
    window.cancelIdleCallback = (handle) => {
      idleCallbacks.delete(handle);
      cancelIdle(handle);
    };
  }
  const observe = ResizeObserver.prototype.observe;
  const unobserve = ResizeObserver.prototype.unobserve;
  const disconnect = ResizeObserver.prototype.disconnect;
  const key = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${targets.get(target)} ${type} ${idOf(listener as object)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  EventTarget.prototype.addEventListener = function (type: string, listener: never, options?: never) {
    if (targets.has(this) && listener) listeners.add(key(this, type, listener, options));
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type: string, listener: never, options?: never) {
    if (targets.has(this) && listener) listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  ResizeObserver.prototype.observe = function (target: Element, options?: ResizeObserverOptions) {
    observed.add(target);
    return observe.call(this, target, options);
  };
  ResizeObserver.prototype.unobserve = function (target: Element) {
    observed.delete(target);
    return unobserve.call(this, target);
  };
  ResizeObserver.prototype.disconnect = function () {
    observed.clear();
    return disconnect.call(this);
  };
  return {
    listeners,
    observed,
    idleCallbacks,
    restore() {
      window.requestIdleCallback = requestIdle;
      window.cancelIdleCallback = cancelIdle;
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      ResizeObserver.prototype.observe = observe;
      ResizeObserver.prototype.unobserve = unobserve;
      ResizeObserver.prototype.disconnect = disconnect;
    },
  };
}

async function cycle(box: HTMLElement, model: InnovasjonModell): Promise<void> {
  box.append(model);
  await model.updateComplete;
  await frame();
  model.remove();
}

function heap(): number {
  (window as { gc?: () => void }).gc?.();
  return (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
}

describe('<innovasjon-modell>: connecting and disconnecting', () => {
  it('preloads the panel after a timer where requestIdleCallback is missing (Safari), and clears it on disconnect', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const { requestIdleCallback, setTimeout: set, clearTimeout: clear } = window;
    const timers = new Set<number>();
    const cleared = new Set<number>();
    window.requestIdleCallback = undefined as never;
    window.setTimeout = ((run: TimerHandler, delay?: number) => {
      const handle = set(run, delay);
      timers.add(handle);
      return handle;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((handle?: number) => {
      if (handle !== undefined) cleared.add(handle);
      clear(handle);
    }) as typeof window.clearTimeout;
    try {
      const model = document.createElement('innovasjon-modell');
      box.append(model); // connectedCallback runs here, synchronously
      const started = new Set(timers);
      model.remove();
      expect(started.size, 'a timer stands in for the idle callback').to.be.at.least(1);
      expect([...started].filter((handle) => !cleared.has(handle))).to.deep.equal([]);
    } finally {
      Object.assign(window, { requestIdleCallback, setTimeout: set, clearTimeout: clear });
    }
  });

  it('keeps its state when it is moved', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"></div>`);
    const model = document.createElement('innovasjon-modell');
    model.selected = PRACTICE_IDS[2];
    box.append(model);
    await model.updateComplete;
    model.remove();
    const other = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    other.append(model);
    await model.updateComplete;
    expect(new ModelHarness(model).heading).to.equal('Innby til samarbeid og involvering');
    expect(partsOf(model)).to.have.length(5);
  });

  it('1,000 connect/disconnect cycles leave no listener on document, window or fonts, no observer and no pending idle callback', async function () {
    this.timeout(120000);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const model = document.createElement('innovasjon-modell');
    model.setAttribute('deep-link', ''); // the feature with the most page-wide listeners
    model.id = 'syklus';
    await cycle(box, model); // first use loads the on-demand code
    await waitUntil(() => customElements.get('innovasjon-modell-panel'), 'the panel code loads', { timeout: 5000 });
    const probe = instrument();
    let pendingAfterRemoval = 0;
    try {
      for (let i = 0; i < 1000; i++) {
        if (i % 100 === 0) model.selected = i % 200 === 0 ? CORE_ID : PRACTICE_IDS[0];
        await cycle(box, model);
        // Whatever the element asked to run when idle is cancelled as it leaves.
        pendingAfterRemoval = Math.max(pendingAfterRemoval, probe.idleCallbacks.size);
      }
      expect(pendingAfterRemoval, 'idle callbacks pending right after removal').to.equal(0);
      expect([...probe.listeners]).to.deep.equal([]);
      expect([...probe.observed]).to.deep.equal([]);
      expect(probe.idleCallbacks.size, 'idle callbacks still pending').to.equal(0);
    } finally {
      probe.restore();
    }
  });

  it('1,000 cycles bring the heap back within 10 %', async function () {
    if (!(performance as { memory?: unknown }).memory || !(window as { gc?: unknown }).gc) this.skip(); // Chromium only: the others have no performance.memory or gc()
    this.timeout(120000);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const models = [document.createElement('innovasjon-modell')];
    for (let i = 0; i < 50; i++) await cycle(box, models[0]); // warm up
    const before = heap();
    for (let i = 0; i < 1000; i++) {
      const model = document.createElement('innovasjon-modell');
      model.selected = i % 2 ? CORE_ID : '';
      await cycle(box, model);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = heap();
    console.info(`heap before ${before} B, after 1,000 new elements connected and removed ${after} B`);
    expect(after).to.be.at.most(before * 1.1);
  });

  it('200 elements take rapid clicks and resizes without an error', async function () {
    this.timeout(120000);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)), { once: true });
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="display: flex; flex-wrap: wrap; width: 1200px"></div>`);
      const models: InnovasjonModell[] = [];
      for (let i = 0; i < 200; i++) {
        const cell = document.createElement('div');
        cell.style.width = `${280 + (i % 5) * 40}px`;
        const model = document.createElement('innovasjon-modell');
        cell.append(model);
        box.append(cell);
        models.push(model);
      }
      await Promise.all(models.map((model) => model.updateComplete));
      await frame();
      const ids = [CORE_ID, ...PRACTICE_IDS];
      for (let round = 0; round < 5; round++) {
        models.forEach((model, i) => {
          const part = partsOf(model)[(i + round) % 5];
          part?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          model.parentElement!.style.width = `${280 + ((i + round) % 7) * 60}px`;
        });
        await frame();
      }
      await Promise.all(models.map((model) => model.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(models.every((model) => ids.includes(model.selected as string) || model.selected === '')).to.equal(true);
      expect(models.filter((model) => panelOf(model)).length).to.be.above(0);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
