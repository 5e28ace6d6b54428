/**
 * The example apps in examples/, as a newcomer would use them: type-checks the Vite, React and Vue
 * examples (with the type tests of the JSX and Vue declarations), builds those three with Vite,
 * then loads each built app and the plain-HTML page in Chromium and checks what a person would see:
 * the diagram drawn, the app's own colours and content, its event handler called with the right
 * id, React's cancelled open kept closed, and no console error or failed request.
 * Run after `npm run build` (the examples use the built dist/); writes reports/examples.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { launchChromium } from '../support/browser.mjs';
import { serveFolder } from '../support/static-server.mjs';

const started = performance.now();
const results = { passed: 0, failed: 0, skipped: 0 };

function report(group, error) {
  if (error) {
    results.failed += 1;
    console.log(`✗ ${group}\n    ${String(error.message ?? error).split('\n').join('\n    ')}`);
  } else {
    results.passed += 1;
    console.log(`✓ ${group}`);
  }
}

async function check(group, run) {
  try {
    await run();
    report(group);
  } catch (error) {
    report(group, error);
  }
}

/** Runs a command and resolves with its exit code and output (type checkers print their errors). */
function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });
}

// 1. Type checks. The React and Vue ones include the type tests in test/examples/types, whose
// `@ts-expect-error` lines must fail to compile. Two at a time (the machine has two cores):
// vue-tsc, the slowest, beside the two tsc runs in turn.
const [vueCheck, [viteCheck, reactCheck]] = await Promise.all([
  run('npx', ['vue-tsc', '-p', 'test/examples/tsconfig.vue.json']),
  (async () => [
    await run('npx', ['tsc', '-p', 'examples/vite/tsconfig.json']),
    await run('npx', ['tsc', '-p', 'test/examples/tsconfig.react.json']),
  ])(),
]);
for (const [name, { code, output }] of [
  ['Vite example: tsc', viteCheck],
  ['React example and JSX type tests: tsc', reactCheck],
  ['Vue example and template type tests: vue-tsc', vueCheck],
]) {
  report(name, code === 0 ? undefined : new Error(output.trim() || `exit ${code}`));
}

// 2. Production builds, each into its example's own dist/ (ignored by git).
const built = new Set();
for (const app of ['vite', 'react', 'vue']) {
  await check(`${app} example: vite build`, async () => {
    await build({ root: `examples/${app}`, logLevel: 'warn', build: { emptyOutDir: true } });
    built.add(app);
  });
}

// 3. Each app in Chromium.
const LOG = '#event-log';
const apps = [
  {
    name: 'plain HTML',
    // The page loads ../../dist/innovasjon-modell.js: serve the repository root.
    folder: '.',
    path: '/examples/plain-html/',
    theme: { part: 'muligheter-og-retning', fill: 'rgb(214, 234, 245)' },
    open: 'samarbeid-og-involvering',
    text: ['Hvem i etaten bør vi snakke med før vi starter?', 'Slik samarbeider vi i etaten'],
  },
  {
    name: 'Vite',
    folder: 'examples/vite/dist',
    path: '/',
    theme: { part: 'muligheter-og-retning', fill: 'rgb(253, 233, 201)' },
    open: 'muligheter-og-retning',
    text: ['Hvilken mulighet ser vi i år som vi ikke så i fjor?'],
  },
  {
    name: 'React 19',
    folder: 'examples/react/dist',
    path: '/',
    theme: { part: 'tillit-og-risikovilje', fill: 'rgb(228, 241, 225)' },
    open: 'tillit-og-risikovilje',
    text: ['Hos oss betyr tillit at du får prøve, og at vi lærer sammen når noe går galt.'],
    async extra(page, model) {
      await check('React 19: preventDefault in oninnovasjon-open keeps the part closed', async () => {
        const locked = 'laere-og-endre-praksis';
        await clickPart(page, model, locked);
        await waitForLog(page, `innovasjon-open: ${locked} (stoppet)`);
        // Give a wrongly opened part time to show before looking.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const selected = await model.evaluate((element) => element.selected);
        if (selected !== 'tillit-og-risikovilje') throw new Error(`the locked part opened: selected is "${selected}"`);
        // Unlocked, the same click opens it: the handler, not the click, kept it closed.
        await page.click('input[type="checkbox"]');
        await clickPart(page, model, locked);
        await waitForLog(page, `innovasjon-open: ${locked}`, true);
        await page.waitForFunction((element, id) => element.selected === id, { timeout: 5000 }, model, locked);
      });
    },
  },
  {
    name: 'Vue 3',
    folder: 'examples/vue/dist',
    path: '/',
    theme: { part: 'samarbeid-og-involvering', fill: 'rgb(253, 241, 199)' },
    open: 'kjerne',
    text: ['Hos oss sier vi fra tidlig, også når vi er usikre.'],
  },
];

/** The diagram's part, found in the element's shadow root. */
function partHandle(model, id) {
  return model.evaluateHandle(
    (element, part) => element.shadowRoot.querySelector('.diagram').querySelector(`[role="button"][data-part="${part}"]`),
    id,
  );
}

/**
 * Clicks a part with the mouse where the part itself is hit: a ring segment's box holds other
 * parts too, so the point is searched from the box's centre outwards.
 */
async function clickPart(page, model, id) {
  const part = await partHandle(model, id);
  const point = await part.evaluate((element) => {
    element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    const root = element.getRootNode();
    const points = [];
    for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) points.push([box.left + (box.width * i) / 12, box.top + (box.height * j) / 12]);
    const centre = [box.left + box.width / 2, box.top + box.height / 2];
    points.sort((a, b) => Math.hypot(a[0] - centre[0], a[1] - centre[1]) - Math.hypot(b[0] - centre[0], b[1] - centre[1]));
    return points.find(([x, y]) => root.elementFromPoint(x, y)?.closest('[role="button"]') === element);
  });
  if (!point) throw new Error(`no point of part ${id} can be clicked`);
  await page.mouse.click(point[0], point[1]);
}

/** Waits until the app's event log shows the line (exactly, or as the last line). */
function waitForLog(page, line, last = false) {
  return page
    .waitForFunction(
      (selector, expected, atEnd) => {
        const lines = [...document.querySelectorAll(`${selector} li`)].map((item) => item.textContent.trim());
        return atEnd ? lines.at(-1) === expected : lines.includes(expected);
      },
      { timeout: 5000 },
      LOG,
      line,
      last,
    )
    .catch(async () => {
      const lines = await page.$$eval(`${LOG} li`, (items) => items.map((item) => item.textContent.trim()));
      throw new Error(`the event log does not show "${line}"; it shows ${JSON.stringify(lines)}`);
    });
}

const browser = await launchChromium();
for (const app of apps) {
  const needsBuild = app.folder !== '.';
  const appName = app.name;
  if (needsBuild && !built.has(app.folder.split('/')[1])) {
    results.skipped += 1;
    console.log(`- ${appName}: skipped in Chromium, the build failed`);
    continue;
  }
  const server = await serveFolder(app.folder);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = [];
  page.on('console', (message) => {
    // The browser asks for /favicon.ico by itself; the examples have none.
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.goto(`${server.url}${app.path}`, { waitUntil: 'load' });
  const model = await page.waitForSelector('innovasjon-modell');

  await check(`${appName}: the element is defined and draws the diagram with 5 parts`, async () => {
    await page.waitForFunction(
      () => {
        const element = document.querySelector('innovasjon-modell');
        const diagram = element?.shadowRoot?.querySelector('.diagram');
        return customElements.get('innovasjon-modell') && diagram?.querySelector('svg') && diagram.querySelectorAll('svg [role="button"]').length === 5;
      },
      { timeout: 10000 },
    );
  });

  await check(`${appName}: the page's --im-* colour fills its part`, async () => {
    const part = await partHandle(model, app.theme.part);
    const fill = await part.evaluate((element) => getComputedStyle(element.querySelector('.shape')).fill);
    if (fill !== app.theme.fill) throw new Error(`${app.theme.part} is filled with ${fill}, not ${app.theme.fill}`);
  });

  await check(`${appName}: a click opens the part with the app's own content, and the app's handler logs innovasjon-open`, async () => {
    await clickPart(page, model, app.open);
    await waitForLog(page, `innovasjon-open: ${app.open}`);
    await page.waitForFunction(
      (element, id, texts) => {
        if (element.selected !== id) return false;
        const panel = element.shadowRoot.querySelector('innovasjon-modell-panel.detail');
        if (!panel?.shadowRoot?.querySelector('h2')) return false;
        // Text through nested shadow roots (the film player has its own).
        const textOf = (node) =>
          [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : textOf(child))).join(' ') +
          (node.shadowRoot ? ` ${textOf(node.shadowRoot)}` : '');
        const text = textOf(panel).replace(/\s+/g, ' ');
        return texts.every((expected) => text.includes(expected));
      },
      { timeout: 10000 },
      model,
      app.open,
      app.text,
    ).catch(() => {
      throw new Error(`the panel of ${app.open} did not show: ${app.text.join(' | ')}`);
    });
  });

  await app.extra?.(page, model);

  await check(`${appName}: no console error, page error or failed request`, async () => {
    // Let late errors (chunks loaded when idle) surface.
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (problems.length) throw new Error(problems.join('\n'));
  });

  await page.close();
  await server.close();
}
await browser.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/examples.json', JSON.stringify(results, null, 2));
console.log(`Example apps: ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped in ${seconds} s`);
process.exit(results.failed ? 1 : 0);
