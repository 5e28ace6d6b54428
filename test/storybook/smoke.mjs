/**
 * Loads every story and docs page of the static Storybook build in Chromium and fails one on any
 * console error, page error or failed request, or when the element does not draw its diagram.
 * Run after `npm run build:storybook`; writes its counts to reports/storybook.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../support/browser.mjs';
import { serveFolder } from '../support/static-server.mjs';

const STATIC = 'storybook-static';
const index = JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8'));
// Stories, and the docs pages generated from the custom elements manifest.
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' || entry.type === 'docs');

const server = await serveFolder(STATIC);
const browser = await launchChromium();
const results = { passed: 0, failed: 0 };

for (const story of stories) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // The browser asks for /favicon.ico by itself; Storybook's iframe has none.
    if (message.location().url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().endsWith('/favicon.ico')) return;
    // The closed network of CI refuses third-party hosts; none should be asked before play.
    problems.push(`request failed: ${request.url()}`);
  });
  try {
    const viewMode = story.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=${viewMode}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const model = document.querySelector('#storybook-root innovasjon-modell, #storybook-docs innovasjon-modell');
        const diagram = model?.shadowRoot?.querySelector('innovasjon-modell-diagram');
        return (diagram?.shadowRoot?.querySelectorAll('[role="button"]').length ?? 0) === 5;
      },
      { timeout: 10000 },
    );
    // Let late errors (language chunks, films) surface.
    await new Promise((resolve) => setTimeout(resolve, 300));
  } catch (error) {
    problems.push(`did not render the diagram: ${error.message}`);
  }
  await page.close();
  if (problems.length) {
    results.failed += 1;
    console.log(`✗ ${story.title} › ${story.name}\n    ${problems.join('\n    ')}`);
  } else {
    results.passed += 1;
    console.log(`✓ ${story.title} › ${story.name}`);
  }
}

await browser.close();
await server.close();
mkdirSync('reports', { recursive: true });
writeFileSync('reports/storybook.json', JSON.stringify(results, null, 2));
console.log(`Storybook smoke test: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
