/**
 * `npm run bench`: the built element against a hand-written reference (bench/reference/), both
 * loaded the same way in headless Chromium with 4× CPU throttling, fresh page for each load.
 * Prints medians and their ratio to the reference (absolute times vary from machine to machine;
 * the ratios are what to compare), and writes bench/results/latest.json.
 *
 * BENCH_RUNS (default 7) sets the number of loads per measure.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { launchChromium } from '../test/support/browser.mjs';
import { serveFolder } from '../test/support/static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${ROOT}bench/results`;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const THROTTLE = 4;
const VIEWPORT = { width: 1280, height: 800 };
const CLICK_PART = 'tillit-og-risikovilje';
const MANY = 50;
const MOST = 200;
// Content laid over the built-in one: nothing (the same labels, by the same road as any page
// content), and the longest labels the validator accepts (bench/pages/labels-longest.json).
const LABEL_VARIANTS = { same: '/bench/pages/labels-same.json', longest: '/bench/pages/labels-longest.json' };
// Every width new to the page, so each step is a real re-layout (no cached geometry).
const STEP_WIDTHS = Array.from({ length: 20 }, (_, i) => 600 - 16 * i);
const DRAG_WIDTHS = Array.from({ length: 20 }, (_, i) => 603 - 16 * i);
const PAGES = { library: 'library.html', reference: 'reference.html' };
// A closed page's renderer goes on tearing down for a while (longest after 200 elements), on the
// same two cores as the next load; each load starts after this pause, so none meets that work.
const SETTLE_MS = 1000;

const started = Date.now();
mkdirSync(RESULTS, { recursive: true });

// The reference is minified like the library's bundle, so bytes and parse time compare fairly.
const referenceSource = readFileSync(`${ROOT}bench/reference/ring.js`, 'utf8');
const referenceMin = (await transform(referenceSource, { minify: true, format: 'esm', target: 'es2022' })).code;
writeFileSync(`${RESULTS}/reference.min.js`, referenceMin);

const sizes = {
  library: bytes(readFileSync(`${ROOT}dist/innovasjon-modell.js`)),
  reference: bytes(Buffer.from(referenceMin)),
};

function bytes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer).length,
  };
}

const server = await serveFolder(ROOT);
const browser = await launchChromium();
const browserVersion = await browser.version();

/** Opens a page in a fresh browser context (no cache, no code cache), throttled, and waits for load. */
async function open(file, query, { trace = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setCacheEnabled(false);
  await page.setViewport(VIEWPORT);
  await page.emulateCPUThrottling(THROTTLE);
  const cdp = await page.createCDPSession();
  if (trace) await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
  await page.goto(`${server.url}/bench/pages/${file}?${new URLSearchParams(query)}`, { waitUntil: 'load' });
  const run = (fn, arg) => within(page.evaluate(fn, arg), `${file}: ${fn}`);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const readTrace = async () => frameTimes(await page.tracing.stop());
  const close = async () => {
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    if (errors.length) throw new Error(`${file}?${new URLSearchParams(query)}: ${errors.join('\n')}`);
  };
  return { page, run, heap, readTrace, close };
}

/**
 * Reads the page's `bench:` marks and its frames from a Chromium trace. A frame counts as painted
 * at the end of its Layerize step, the last main-thread step before the compositor takes it
 * (in-page after-paint callbacks were seen to run a frame late here, so they are not used).
 */
function frameTimes(buffer) {
  const events = JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  const navigation = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/bench/pages/'))
    .at(-1);
  if (!navigation) throw new Error('trace: no navigationStart for the page');
  const onMain = (e) => e.pid === navigation.pid && e.tid === navigation.tid;
  const marks = events.filter((e) => onMain(e) && e.name.startsWith('bench:')).sort((a, b) => a.ts - b.ts);
  const spans = (name) =>
    events.filter((e) => onMain(e) && e.ph === 'X' && e.name === name).map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }));
  const work = {
    busy: spans('ThreadControllerImpl::RunTask'),
    layout: spans('Layout'),
    style: spans('UpdateLayoutTree'),
    gc: [...spans('MinorGC'), ...spans('MajorGC')],
  };
  const frames = events
    .filter((e) => onMain(e) && e.name === 'Layerize' && e.ph === 'X')
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }))
    .sort((a, b) => a.start - b.start);
  return {
    /** Trace times (µs) of every mark of that name, in order. */
    marks: (name) => marks.filter((e) => e.name === `bench:${name}`).map((e) => e.ts),
    /** The first frame painted after trace time `ts`. */
    paintedAfter(ts) {
      const frame = frames.find((f) => f.start >= ts);
      if (!frame) throw new Error('trace: no frame painted after a mark');
      return frame;
    },
    /** Frames painted from `a` to `b` (inclusive). */
    framesBetween: (a, b) => frames.filter((f) => f.start >= a && f.start <= b).length,
    /** Main-thread work from trace time `a` to `b`: busy (all tasks), layout, style, GC; ms and counts. */
    mainThread(a, b) {
      const sum = (list) => {
        const inside = list.filter((s) => s.end > a && s.start < b);
        const ms = inside.reduce((total, s) => total + Math.min(s.end, b) - Math.max(s.start, a), 0) / 1000;
        return { ms, count: inside.length };
      };
      return Object.fromEntries(Object.entries(work).map(([key, list]) => [key, sum(list)]));
    },
    navigationStart: navigation.ts,
    /** Milliseconds since navigation start. */
    sinceNavigation: (ts) => (ts - navigation.ts) / 1000,
  };
}

const ms = (from, to) => (to - from) / 1000;

function within(promise, what, limit = 60_000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), limit);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One element in a 900 px box: first render, then resizes, then a click (a fresh page per run). */
async function single(side) {
  const p = await open(PAGES[side], { count: 1, width: 900 });
  await p.run(() => BENCH.firstPaint);
  const measures = await p.run(() => BENCH.measuresAtFirstPaint);
  await p.run(() => BENCH.idle(5));

  const steps = await p.run((widths) => BENCH.resizeSteps(widths), STEP_WIDTHS);
  const dragFrames = await p.run((widths) => BENCH.drag(widths), DRAG_WIDTHS);

  await p.run(() => BENCH.restoreWidth());
  const { x, y } = await p.run((id) => BENCH.partCentre(id), CLICK_PART);
  // Hover first and let it settle, so the click measure holds the click alone.
  await p.page.mouse.move(x, y);
  await p.run(() => BENCH.idle(5));
  await p.run(() => BENCH.armClick());
  await p.page.mouse.click(x, y);
  const clicked = await p.run(() => BENCH.clickResult);
  const t = await p.readTrace();
  await p.close();

  const painted = t.paintedAfter(t.marks('drawn')[0]);
  const [click] = t.marks('click');
  const panel = t.paintedAfter(t.marks('panel')[0]);
  // The diagram may be re-drawn after the panel opened (e.g. narrower beside it).
  const redrawn = t.marks('viewbox').filter((ts) => ts > click).at(-1);
  const settled = redrawn ? Math.max(panel.end, t.paintedAfter(redrawn).end) : panel.end;
  const starts = t.marks('resize');
  const redraws = t.marks('resized').map((ready) => t.paintedAfter(ready));
  const stepWork = t.mainThread(t.marks('steps-start')[0], t.marks('steps-end')[0]);
  const dragWork = t.mainThread(t.marks('drag-start')[0], t.marks('drag-end')[0]);
  return {
    firstPaint: t.sinceNavigation(painted.end),
    ownFirstPaint: ms(t.marks('built')[0], painted.end),
    firstWork: t.mainThread(t.navigationStart, painted.end),
    measures,
    click: {
      panelMs: ms(click, panel.end),
      panelFrames: t.framesBetween(click, panel.start),
      panelWork: t.mainThread(click, panel.end),
      settledMs: ms(click, settled),
      relayouts: clicked.relayouts,
    },
    resize: {
      stepMs: mean(redraws.map((frame, i) => ms(starts[i], frame.end))),
      // 1: painted in the frame that set the width; 2: in the frame after it.
      stepFrames: median(redraws.map((frame, i) => t.framesBetween(starts[i], frame.start))),
      stepMeasures: median(steps.map((s) => s.measures)),
      stepBusyMs: stepWork.busy.ms / steps.length,
      stepLayouts: stepWork.layout.count / steps.length,
      dragMaxRedraws: Math.max(0, ...dragFrames.map((f) => f.viewBoxes)),
      dragRedraws: dragFrames.reduce((sum, f) => sum + f.viewBoxes, 0),
      // Text measured in a frame that re-drew nothing: label fitting that was thrown away.
      dragWastedFits: dragFrames.filter((f) => f.measures && !f.viewBoxes).length,
      dragBusyMs: dragWork.busy.ms / DRAG_WIDTHS.length,
    },
  };
}

async function many(side, count = MANY, query = {}) {
  const p = await open(PAGES[side], { count, width: 280, ...query });
  await p.run(() => BENCH.firstPaint);
  const measures = await p.run(() => BENCH.measuresAtFirstPaint);
  await p.run(() => BENCH.idle(5));
  const t = await p.readTrace();
  const heap = await p.heap();
  await p.close();
  const painted = t.paintedAfter(t.marks('drawn')[0]);
  return {
    firstPaint: t.sinceNavigation(painted.end),
    work: t.mainThread(t.navigationStart, painted.end),
    heap,
    measures,
  };
}

/** First render of one element with page content (`src`): 280 px, where labels may follow the ring, and 900 px. */
async function labelVariant(src) {
  const result = {};
  for (const width of [280, 900]) {
    const p = await open(PAGES.library, { count: 1, width, src });
    await p.run(() => BENCH.firstPaint);
    const t = await p.readTrace();
    await p.close();
    result[width] = t.sinceNavigation(t.paintedAfter(t.marks('drawn')[0]).end);
  }
  return result;
}

/**
 * What the default page fetches before the viewer acts: every script and JSON file it loaded
 * once the network has been quiet for a second (the idle-time preloads included), each counted
 * at its gzip -9 size on disk.
 */
async function fetchedBeforeActing(side) {
  const p = await open(PAGES[side], { count: 1, width: 900 }, { trace: false });
  await p.run(() => BENCH.firstPaint);
  await p.page.waitForNetworkIdle({ idleTime: 1000 });
  const files = await p.run(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => /\.(m?js|json)$/.test(path)),
  );
  await p.close();
  const own = files.filter((path) => path.startsWith('/dist/') || path.startsWith('/bench/results/'));
  return {
    files: own,
    gzip: own.reduce((sum, path) => sum + gzipSync(readFileSync(`${ROOT}${path.slice(1)}`), { level: 9 }).length, 0),
  };
}

async function blank() {
  const p = await open('blank.html', { count: 0 }, { trace: false });
  await p.run(() => BENCH.firstPaint);
  await p.run(() => BENCH.idle(5));
  const heap = await p.heap();
  await p.close();
  return { heap };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function mean(values) {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** One load of a page, not measured: the browser's first page costs far more than later ones. */
async function warmUp(side) {
  const p = await open(PAGES[side], { count: 1, width: 900 }, { trace: false });
  await p.run(() => BENCH.firstPaint);
  await p.close();
}

const runs = [];
try {
  for (const side of Object.keys(PAGES)) await warmUp(side);
  for (let i = 0; i < RUNS; i += 1) {
    // Alternate which side goes first, so neither always meets a warmer or colder machine; the
    // two single elements are loaded back to back, so their ratio compares like moments.
    const order = i % 2 ? ['reference', 'library'] : ['library', 'reference'];
    const run = { library: {}, reference: {} };
    for (const side of order) run[side].single = await single(side);
    for (const side of order) {
      run[side].many = await many(side);
      run[side].most = await many(side, MOST);
    }
    run.labels = {};
    for (const [name, src] of Object.entries(LABEL_VARIANTS)) run.labels[name] = await labelVariant(src);
    // The blank page's heap and the files fetched hardly vary from load to load; one load is enough.
    if (i === 0) {
      run.blank = await blank();
      run.fetched = { library: await fetchedBeforeActing('library'), reference: await fetchedBeforeActing('reference') };
    }
    runs.push(run);
    process.stdout.write(`run ${i + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

const pick = (side, get) => runs.map((run) => get(run[side]));
const blankHeap = median(runs.filter((run) => run.blank).map((run) => run.blank.heap));

const FIGURES = [
  { key: 'bundleRaw', label: 'bundle bytes, raw', unit: 'B', size: 'raw' },
  { key: 'bundleGzip', label: 'bundle bytes, gzip -9', unit: 'B', size: 'gzip' },
  { key: 'bundleBrotli', label: 'bundle bytes, brotli', unit: 'B', size: 'brotli' },
  { key: 'firstRender', label: 'first render: navigation → diagram painted', unit: 'ms', get: (r) => r.single.firstPaint },
  { key: 'firstRenderOwn', label: 'first render: elements in the page → diagram painted', unit: 'ms', get: (r) => r.single.ownFirstPaint },
  { key: 'clickPanel', label: 'click → panel painted', unit: 'ms', get: (r) => r.single.click.panelMs },
  { key: 'clickFrames', label: 'click → panel painted, in frame no.', unit: '', get: (r) => r.single.click.panelFrames },
  { key: 'clickSettled', label: 'click → diagram re-laid out beside panel, painted', unit: 'ms', get: (r) => r.single.click.settledMs },
  { key: 'manyRender', label: `${MANY} elements: navigation → all painted`, unit: 'ms', get: (r) => r.many.firstPaint },
  { key: 'manyHeap', label: `${MANY} elements: JS heap after GC`, unit: 'MB', get: (r) => r.many.heap / 1e6 },
  { key: 'mostRender', label: `${MOST} elements: navigation → all painted`, unit: 'ms', get: (r) => r.most.firstPaint },
  { key: 'mostHeap', label: `${MOST} elements: JS heap after GC`, unit: 'MB', get: (r) => r.most.heap / 1e6 },
  { key: 'manyHeapOwn', label: `${MANY} elements: JS heap above a blank page`, unit: 'MB', get: (r) => (r.many.heap - blankHeap) / 1e6 },
  { key: 'resizeLatency', label: 'resize: width set → re-drawn diagram painted', unit: 'ms', get: (r) => r.single.resize.stepMs },
  { key: 'resizeWork', label: 'resize: main-thread busy per resize', unit: 'ms', get: (r) => r.single.resize.stepBusyMs },
  { key: 'dragWork', label: 'drag (new width every frame): busy per width', unit: 'ms', get: (r) => r.single.resize.dragBusyMs },
  { key: 'dragMaxRedraws', label: 'drag: diagram re-drawn per frame, most', unit: '', get: (r) => r.single.resize.dragMaxRedraws },
];

const figures = {};
for (const f of FIGURES) {
  const value = (side) => {
    if (f.size) return { median: sizes[side][f.size], min: sizes[side][f.size], max: sizes[side][f.size] };
    const values = pick(side, f.get);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
  };
  const library = value('library');
  const reference = value('reference');
  figures[f.key] = { label: f.label, unit: f.unit, library, reference, ratio: library.median / reference.median };
  // Each run's library over the same run's reference: both met the same machine at about the
  // same moment, so this spread shows how much of a ratio is the machine's noise.
  if (!f.size && f.unit === 'ms') {
    // A run whose reference took no time (no work in a resize, say) has no ratio.
    const paired = library.values.map((own, i) => own / reference.values[i]).filter(Number.isFinite);
    if (paired.length) figures[f.key].pairedRatio = { median: median(paired), min: Math.min(...paired), max: Math.max(...paired) };
  }
}

const both = (get) => ({ library: median(pick('library', get)), reference: median(pick('reference', get)) });
const maxOf = (get) => Math.max(...pick('library', get));
const diagnostics = {
  firstRender: {
    busyMs: both((r) => r.single.firstWork.busy.ms),
    layouts: both((r) => r.single.firstWork.layout.count),
    layoutMs: both((r) => r.single.firstWork.layout.ms),
    styleRecalcs: both((r) => r.single.firstWork.style.count),
    styleMs: both((r) => r.single.firstWork.style.ms),
    gcMs: both((r) => r.single.firstWork.gc.ms),
  },
  manyElements: {
    busyMs: both((r) => r.many.work.busy.ms),
    layouts: both((r) => r.many.work.layout.count),
    layoutMs: both((r) => r.many.work.layout.ms),
    styleRecalcs: both((r) => r.many.work.style.count),
    styleMs: both((r) => r.many.work.style.ms),
    gcMs: both((r) => r.many.work.gc.ms),
  },
  click: {
    busyMs: both((r) => r.single.click.panelWork.busy.ms),
    redrawsAfterPanel: both((r) => r.single.click.relayouts),
  },
  textMeasuresFirstRender: median(pick('library', (r) => r.single.measures)),
  textMeasuresPerResize: median(pick('library', (r) => r.single.resize.stepMeasures)),
  textMeasures50Elements: median(pick('library', (r) => r.many.measures)),
  resizeFramesUntilRedrawn: both((r) => r.single.resize.stepFrames),
  layoutsPerResize: both((r) => r.single.resize.stepLayouts),
  dragRedraws: { ...both((r) => r.single.resize.dragRedraws), widths: DRAG_WIDTHS.length },
  dragFramesWithWastedFit: maxOf((r) => r.single.resize.dragWastedFits),
  blankPageHeapMB: blankHeap / 1e6,
};

// Per element, at 50 and at 200 on a page: render time and heap above a blank page.
const perElement = {
  renderMs: { [MANY]: figures.manyRender.library.median / MANY, [MOST]: figures.mostRender.library.median / MOST },
  heapKB: {
    [MANY]: (figures.manyHeap.library.median * 1e6 - blankHeap) / MANY / 1e3,
    [MOST]: (figures.mostHeap.library.median * 1e6 - blankHeap) / MOST / 1e3,
  },
};
const fetched = runs[0].fetched;
const labelRender = Object.fromEntries(
  Object.keys(LABEL_VARIANTS).map((name) => [name, { 280: median(runs.map((r) => r.labels[name][280])), 900: median(runs.map((r) => r.labels[name][900])) }]),
);
// The longest labels against the same labels given the same way (page content), at each width.
const longestRatio = Math.max(labelRender.longest[280] / labelRender.same[280], labelRender.longest[900] / labelRender.same[900]);

const ratio = (key) => `${figures[key].ratio.toFixed(2)}×`;
const goals = [
  { goal: 'first render ≤ 1.3× reference', ok: figures.firstRender.ratio <= 1.3, value: ratio('firstRender') },
  { goal: 'first render ≤ 1.2× reference (stretch)', ok: figures.firstRender.ratio <= 1.2, value: ratio('firstRender') },
  // The same target for the component's own time, without the page's start that both sides share
  // (which dilutes the ratio above): the floor's own time is the one a page with no library gets.
  {
    goal: 'first render from the elements in the page ≤ 1.3× reference',
    ok: figures.firstRenderOwn.ratio <= 1.3,
    value: ratio('firstRenderOwn'),
  },
  { goal: `${MANY} elements render ≤ 1.5× reference`, ok: figures.manyRender.ratio <= 1.5, value: ratio('manyRender') },
  { goal: `${MANY} elements JS heap ≤ 2× reference`, ok: figures.manyHeap.ratio <= 2, value: ratio('manyHeap') },
  { goal: 'click → panel painted ≤ 1.2× reference', ok: figures.clickPanel.ratio <= 1.2, value: ratio('clickPanel') },
  {
    goal: 'click → panel painted in the first frame after the click (every run)',
    ok: figures.clickFrames.library.max <= 1,
    value: `frames ${figures.clickFrames.library.min}–${figures.clickFrames.library.max}`,
  },
  {
    goal: 'resize re-computes geometry at most once per frame',
    ok: figures.dragMaxRedraws.library.max <= 1 && diagnostics.dragFramesWithWastedFit === 0,
    value: `most re-draws in one frame ${figures.dragMaxRedraws.library.max}, frames fitting labels without re-drawing ${diagnostics.dragFramesWithWastedFit}`,
  },
  { goal: 'bundle ≤ 20 kB gzip (size-limit checks it in npm test)', ok: sizes.library.gzip <= 20_000, value: `${sizes.library.gzip} B` },
  {
    goal: 'fetched before the viewer acts, idle preloads included, ≤ 25 kB gzip',
    ok: fetched.library.gzip <= 25_000,
    value: `${fetched.library.gzip} B in ${fetched.library.files.length} files`,
  },
  {
    goal: `cost per element does not grow from ${MANY} to ${MOST} elements`,
    ok: perElement.renderMs[MOST] <= perElement.renderMs[MANY] * 1.1 && perElement.heapKB[MOST] <= perElement.heapKB[MANY] * 1.1,
    value: `${perElement.renderMs[MANY].toFixed(1)} → ${perElement.renderMs[MOST].toFixed(1)} ms, ${perElement.heapKB[MANY].toFixed(1)} → ${perElement.heapKB[MOST].toFixed(1)} kB per element`,
  },
  {
    goal: 'the longest labels the validator accepts render first in ≤ 2× the time of the same labels',
    ok: longestRatio <= 2,
    value: `${longestRatio.toFixed(2)}× (280 px: ${labelRender.longest[280].toFixed(0)} vs ${labelRender.same[280].toFixed(0)} ms; 900 px: ${labelRender.longest[900].toFixed(0)} vs ${labelRender.same[900].toFixed(0)} ms)`,
  },
];

// ---- print ----
const fmt = (value, unit) => {
  if (unit === 'B') return `${Math.round(value)} B`;
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}${unit ? ` ${unit}` : ''}`;
};
const cell = (v, unit) =>
  v.min === v.max ? fmt(v.median, unit) : `${fmt(v.median, unit)} (${fmt(v.min, '')}–${fmt(v.max, '')})`;
const rows = Object.values(figures).map((f) => [f.label, cell(f.library, f.unit), cell(f.reference, f.unit), `${f.ratio.toFixed(2)}×`]);
const header = ['measure: median (min–max)', 'innovasjon-modell', 'reference', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
const vs = ({ library, reference }, digits = 0) => `${library.toFixed(digits)} vs ${reference.toFixed(digits)}`;
const d = diagnostics;

console.log(`\nBenchmark: ${RUNS} fresh loads per measure, ${browserVersion}, ${THROTTLE}× CPU throttling, viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
console.log('Painted = end of the frame\'s main-thread paint (trace). Bytes: node zlib gzip -9, brotli q11; reference minified by esbuild.\n');
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log('\nGoals');
for (const g of goals) console.log(`  ${g.ok ? 'holds ' : 'misses'}  ${g.goal}: ${g.value}`);
console.log('\nRatios run by run (library over the same run\'s reference): median (min–max)');
for (const f of Object.values(figures)) {
  if (f.pairedRatio) {
    const { median: mid, min, max } = f.pairedRatio;
    console.log(`  ${f.label}: ${mid.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)})`);
  }
}
console.log('\nWhere the time goes (library vs reference, medians; main thread, from the trace)');
const where = (name, w) =>
  console.log(
    `  ${name}: busy ${vs(w.busyMs)} ms; ${vs(w.layouts)} layouts (${vs(w.layoutMs)} ms), ` +
      `${vs(w.styleRecalcs)} style recalcs (${vs(w.styleMs)} ms), GC ${vs(w.gcMs)} ms`,
  );
where('first render', d.firstRender);
where(`${MANY} elements`, d.manyElements);
console.log(`  click → panel painted: busy ${vs(d.click.busyMs)} ms; diagram re-drawn ${vs(d.click.redrawsAfterPanel)} time(s) after the panel opened beside it`);
console.log(`  resize: re-drawn diagram painted in frame no. ${vs(d.resizeFramesUntilRedrawn)} (1 = the frame that set the width); ${vs(d.layoutsPerResize, 1)} layouts per resize`);
console.log(`  drag: ${vs(d.dragRedraws)} re-draws for ${DRAG_WIDTHS.length} widths`);
console.log(`  label fitting, canvas text measures: ${d.textMeasuresFirstRender} at first render, ${d.textMeasuresPerResize} per resize, ${d.textMeasures50Elements} for ${MANY} elements`);
console.log(`  blank page JS heap: ${d.blankPageHeapMB.toFixed(2)} MB`);
console.log(`  fetched before the viewer acts: ${fetched.library.files.map((f) => f.split('/').pop()).join(', ')} (reference: ${fetched.reference.gzip} B)`);
console.log(`  first render with page content, same labels vs longest: 280 px ${labelRender.same[280].toFixed(0)} vs ${labelRender.longest[280].toFixed(0)} ms, 900 px ${labelRender.same[900].toFixed(0)} vs ${labelRender.longest[900].toFixed(0)} ms`);

const result = {
  date: new Date().toISOString(),
  browser: browserVersion,
  node: process.version,
  runs: RUNS,
  cpuThrottling: THROTTLE,
  viewport: VIEWPORT,
  sizes,
  figures,
  goals,
  diagnostics,
  perElement,
  fetchedBeforeActing: fetched,
  labelVariants: labelRender,
  raw: runs,
};
writeFileSync(`${RESULTS}/latest.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWrote bench/results/latest.json (${((Date.now() - started) / 1000).toFixed(0)} s)`);
