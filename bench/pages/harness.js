/**
 * Benchmark harness, shared by the library's and the reference's page so both are measured the
 * same way. A classic script in <head>: it runs before the component and can watch it from the
 * start. The page sets `window.BENCH_TARGET` = { tag, attributes, diagramRoot(el), panelReady(el) }.
 * Query: `count` elements, each in a box `width` px wide; `src`, content for the element to lay over its own.
 *
 * The page marks moments with performance.mark('bench:…'): when something is done in the DOM
 * (a microtask after the change, before the frame that paints it) and when an input starts.
 * bench/run.mjs reads the marks from a Chromium trace and finds the frame that painted each.
 */
(() => {
  const target = window.BENCH_TARGET;
  const params = new URLSearchParams(location.search);
  const count = Number(params.get('count') ?? 1);
  const width = Number(params.get('width') ?? 900);
  // Content laid over the built-in one (the library's `src`), for the benchmark's label variants.
  const src = params.get('src');

  const state = { frame: 0, viewBoxes: 0, measures: 0, perFrame: null };
  const checks = new Set();
  const mark = (name) => performance.mark(`bench:${name}`);

  const bump = (key, n) => {
    state[key] += n;
    if (state.perFrame) {
      const row = (state.perFrame[state.frame] ??= { viewBoxes: 0, measures: 0 });
      row[key] += n;
    }
  };

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Resolves after the next frame (for sequencing only; paint times come from the trace). */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }),
    );

  // Every DOM change, also inside shadow roots, re-runs the pending checks. Observer callbacks
  // run as microtasks, so a check sees the DOM before the frame that paints it.
  const observer = new MutationObserver((records) => {
    const boxes = records.filter((record) => record.type === 'attributes').length;
    if (boxes) {
      bump('viewBoxes', boxes);
      mark('viewbox');
    }
    for (const check of [...checks]) check();
  });
  const OBSERVE = { childList: true, subtree: true, attributes: true, attributeFilter: ['viewBox'] };
  observer.observe(document, OBSERVE);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, OBSERVE);
    return root;
  };

  // Label fitting measures text on a canvas; counting the calls shows when it runs.
  const measureText = CanvasRenderingContext2D.prototype.measureText;
  CanvasRenderingContext2D.prototype.measureText = function (text) {
    bump('measures', 1);
    return measureText.call(this, text);
  };

  /** Marks `name` as soon as `predicate` holds, and resolves after the frame that follows. */
  function markWhen(predicate, name) {
    return new Promise((resolve) => {
      const check = () => {
        if (!checks.has(check) || !predicate()) return;
        checks.delete(check);
        mark(name);
        afterPaint().then(resolve);
      };
      checks.add(check);
      check();
      // Fallback for a change the observer does not see; it may mark one frame late.
      const poll = () => {
        if (!checks.has(check)) return;
        check();
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  }

  // A frame counter for the drag: its rAF callback is registered first, so it runs first in each frame.
  let ticking = false;
  const tick = () => {
    if (!ticking) return;
    state.frame += 1;
    requestAnimationFrame(tick);
  };
  const startFrames = () => {
    if (ticking) return;
    ticking = true;
    requestAnimationFrame(tick);
  };
  const stopFrames = () => {
    ticking = false;
  };

  // Drawn: the SVG has its size (viewBox) and its five parts.
  const drawn = new Set();
  const allDrawn = () => {
    for (const element of document.getElementsByTagName(target.tag)) {
      if (drawn.has(element)) continue;
      const svg = target.diagramRoot(element)?.querySelector('svg[viewBox]');
      if (svg?.querySelectorAll('[role="button"]').length !== 5) return false;
      drawn.add(element);
    }
    return count > 0 && drawn.size === count;
  };

  const bench = {
    /** Marks `drawn` when every diagram is in the DOM; resolves a frame later. */
    firstPaint: count ? markWhen(allDrawn, 'drawn') : afterPaint(),
    measuresAtFirstPaint: 0,

    /** Adds the elements; called from the page body, before the component's module runs. */
    build() {
      const host = document.getElementById('host');
      for (let i = 0; i < count; i += 1) {
        const box = document.createElement('div');
        box.className = 'box';
        box.style.width = `${width}px`;
        const element = document.createElement(target.tag);
        for (const [name, value] of Object.entries(target.attributes ?? {})) element.setAttribute(name, value);
        if (src) element.setAttribute('src', src);
        box.append(element);
        host.append(box);
      }
      // From here on, the time to the painted diagram is the component's own: the page's start
      // (a new renderer process, the HTML), which both sides share, is over.
      mark('built');
    },

    /** Waits a number of frames (for trailing work such as a ResizeObserver's first report). */
    async idle(frames = 10) {
      for (let i = 0; i < frames; i += 1) await nextFrame();
    },

    /** The centre of a part of the first diagram, in viewport coordinates. */
    partCentre(id) {
      const part = target.diagramRoot(document.querySelector(target.tag)).querySelector(`[data-part="${id}"]`);
      const rect = part.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },

    /**
     * Arms the click measure: marks `click` in a capture listener (the first listener of all),
     * `panel` once the panel has its heading, then watches 8 frames for re-drawn diagrams.
     */
    armClick() {
      const element = document.querySelector(target.tag);
      bench.clickResult = new Promise((resolve) => {
        addEventListener(
          'click',
          async () => {
            mark('click');
            const boxes0 = state.viewBoxes;
            await markWhen(() => target.panelReady(element), 'panel');
            await bench.idle(8);
            resolve({ relayouts: state.viewBoxes - boxes0 });
          },
          { capture: true, once: true },
        );
      });
    },

    /** Resizes the first box to each width in turn, each time waiting until the diagram is re-drawn. */
    async resizeSteps(widths) {
      const box = document.querySelector('.box');
      const steps = [];
      mark('steps-start');
      for (const next of widths) {
        await nextFrame();
        const boxes0 = state.viewBoxes;
        const measures0 = state.measures;
        mark('resize');
        box.style.width = `${next}px`;
        await markWhen(() => state.viewBoxes > boxes0, 'resized');
        steps.push({ measures: state.measures - measures0 });
      }
      mark('steps-end');
      return steps;
    },

    /** A dragged edge: a new width in each of consecutive frames; counts re-draws per frame. */
    async drag(widths) {
      const box = document.querySelector('.box');
      startFrames();
      await nextFrame();
      state.perFrame = {};
      mark('drag-start');
      for (const next of widths) {
        box.style.width = `${next}px`;
        await nextFrame();
      }
      await bench.idle(6);
      mark('drag-end');
      const perFrame = Object.values(state.perFrame);
      state.perFrame = null;
      stopFrames();
      return perFrame;
    },

    /** Puts the first box back to its starting width and lets the diagram settle. */
    async restoreWidth() {
      document.querySelector('.box').style.width = `${width}px`;
      await bench.idle(6);
    },

    state,
  };
  bench.firstPaint.then(() => {
    bench.measuresAtFirstPaint = state.measures;
  });
  window.BENCH = bench;
})();
