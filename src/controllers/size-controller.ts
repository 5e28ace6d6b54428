import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Every diagram on the page shares one observer: one callback reads all sizes before any renders. */
let sharedObserver: ResizeObserver | undefined;
const controllers = new Map<Element, SizeController>();

function observer(): ResizeObserver {
  sharedObserver ??= new ResizeObserver((entries) => {
    for (const entry of entries) controllers.get(entry.target)?.resized(entry.contentRect.width);
  });
  return sharedObserver;
}

/**
 * Tracks the content width of an element of the host's render. The browser reports sizes after
 * layout and before paint, at most once per frame; the host re-renders in the same frame, so a
 * dragged window edge costs one layout per frame and the first paint already has the real size.
 * Observes only while the host is connected; nothing is left behind on disconnect.
 */
export class SizeController implements ReactiveController {
  /** Last measured width in whole CSS pixels; 0 until the browser has reported one. */
  width = 0;
  /** Waiting for the browser's next report: resolved by it. */
  #nextReport?: PromiseWithResolvers<void>;
  #reportedOnce = false;
  #target?: Element;
  readonly #host: ReactiveControllerHost;
  readonly #onResize?: () => void;

  /** `onResize` runs inside the observer's callback: read styles there, before any render writes. */
  constructor(host: ReactiveControllerHost, onResize?: () => void) {
    this.#host = host;
    this.#onResize = onResize;
    host.addController(this);
  }

  /** Starts observing an element of the host's render (call after the first render). */
  observe(target: Element): void {
    if (this.#target === target) return;
    this.#unobserve();
    this.#target = target;
    this.hostConnected();
  }

  hostConnected(): void {
    if (!this.#target) return;
    controllers.set(this.#target, this);
    observer().observe(this.#target);
  }

  hostDisconnected(): void {
    this.#unobserve();
  }

  #unobserve(): void {
    // Nobody waits for a report that will not come.
    this.#nextReport?.resolve();
    this.#nextReport = undefined;
    if (!this.#target) return;
    controllers.delete(this.#target);
    sharedObserver?.unobserve(this.#target);
  }

  /**
   * Takes `width` as the target's width before the browser reports it: for a change of layout
   * the host is about to render, whose width was read ahead. The host then draws at that width in
   * this update instead of in a second one after the report. Observed anew, the target is
   * reported in this frame whether its width changes or not: a wrong guess is put right before
   * the frame is painted, and a right one costs no update.
   */
  expect(width: number): void {
    this.width = width;
    // Only while observing: a host that has left the page keeps nothing in the observer.
    const target = this.#target;
    if (!target?.isConnected) return;
    sharedObserver?.unobserve(target);
    observer().observe(target);
  }

  /**
   * Resolves once the width last reported is the target's width now: at once when it is, else at
   * the browser's next report (it reports every observed element once, and then each change).
   * For `updateComplete`; it reads layout, so it stays off the render path.
   */
  async settled(): Promise<void> {
    const target = this.#target;
    if (!target?.isConnected) return;
    // offsetWidth, like the observer's content box, ignores CSS transforms (a scaled slide).
    const now = (target as HTMLElement).offsetWidth;
    if (Math.abs(now - this.width) <= 1 || (now === 0 && this.#reportedOnce)) return;
    this.#nextReport ??= Promise.withResolvers();
    await this.#nextReport.promise;
  }

  /** Called by the shared observer. */
  resized(width: number): void {
    this.#reportedOnce = true;
    // Waiters go on in a task of their own: code that changes the layout again within the
    // observer's callback would make the browser report a ResizeObserver loop.
    const waiting = this.#nextReport;
    this.#nextReport = undefined;
    if (waiting) setTimeout(waiting.resolve);
    const rounded = Math.round(width);
    if (rounded > 0 && rounded !== this.width) {
      this.width = rounded;
      this.#onResize?.();
      this.#host.requestUpdate();
    }
  }
}
