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

/**
 * Text that must appear in the element (its shadow trees included) in some stories: proof that
 * the story's own content, from a file or inline JSON, really reached the element.
 */
const EXPECTED_TEXT = {
  'innovasjon-modell-own-content--from-a-json-file': 'Vår egen film om tillit',
  'innovasjon-modell-own-content--inline-json': 'Hvilken mulighet ser du nå som ingen har tatt tak i?',
  'innovasjon-modell-own-content--content-property': 'Film fra YouTube',
  'innovasjon-modell-error-messages--broken-content': 'practices[0].title',
  'innovasjon-modell-error-messages--missing-file': 'finnes-ikke.json',
};

const server = await serveFolder(STATIC);
const browser = await launchChromium();
const results = { passed: 0, failed: 0 };

for (const story of stories) {
  const page = await browser.newPage();
  const problems = [];
  let expectedErrors = 0;
  page.on('console', (message) => {
    // The browser asks for /favicon.ico by itself; Storybook's iframe has none.
    if (message.location().url?.endsWith('/favicon.ico')) return;
    if (message.type() !== 'error') return;
    // Stories of error messages log the element's own errors (and a 404 for a missing file) on purpose.
    const expected = story.tags?.includes('expected-console-errors') &&
      /^<innovasjon-modell>|^Failed to load resource: the server responded with a status of 404/.test(message.text());
    if (expected) expectedErrors += 1;
    else problems.push(`console error: ${message.text()}`);
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
        const diagram = model?.shadowRoot?.querySelector('.diagram');
        return (diagram?.querySelectorAll('[role="button"]').length ?? 0) === 5;
      },
      { timeout: 10000 },
    );
    // Let late errors (language chunks, films) surface.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const text = EXPECTED_TEXT[story.id];
    if (text) {
      await page
        .waitForFunction(
          (wanted) => {
            const deepText = (root) =>
              [...root.querySelectorAll('*')]
                .map((element) => (element.shadowRoot ? deepText(element.shadowRoot) : ''))
                .join(' ') + root.textContent;
            const model = document.querySelector('#storybook-root innovasjon-modell');
            return model?.shadowRoot && deepText(model.shadowRoot).includes(wanted);
          },
          { timeout: 5000 },
          text,
        )
        .catch(() => problems.push(`the element does not show «${text}»`));
    }
  } catch (error) {
    problems.push(`did not render the diagram: ${error.message}`);
  }
  await page.close();
  if (story.tags?.includes('expected-console-errors') && !expectedErrors) {
    problems.push('an error-message story logged no error from the element');
  }
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
