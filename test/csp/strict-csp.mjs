/**
 * Loads the built element on a page served with a strict Content Security Policy and Trusted
 * Types (`default-src 'self'; style-src 'self'; require-trusted-types-for 'script'`), in
 * Chromium and Firefox ESR, uses every feature, and fails on any policy violation, page error or
 * console error. Run after `npm run build`; writes its counts to reports/csp.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX } from '../support/browser.mjs';
import { serveFolder } from '../support/static-server.mjs';

const POLICY = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const server = await serveFolder('.', { 'content-security-policy': POLICY });
const results = { passed: 0, failed: 0, violations: 0 };

const browsers = [
  ['Chromium', () => puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })],
  ['Firefox ESR', () => puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true })],
];

for (const [name, launch] of browsers) {
  const browser = await launch();
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks for /favicon.ico by itself; the test page has none.
    if (message.location()?.url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  const checks = [
    ['both elements draw their diagrams', async () => {
      await page.waitForFunction(
        (ids) => ids.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('.diagram')?.querySelectorAll('[role="button"]').length === 5),
        { timeout: 15000 },
        ['modell-a', 'modell-b'],
      );
    }],
    ['every part opens its panel', async () => {
      const parts = await page.evaluate(() => {
        const diagram = document.getElementById('modell-a').shadowRoot.querySelector('.diagram');
        return [...diagram.querySelectorAll('[role="button"]')].map((part) => part.dataset.part);
      });
      for (const id of parts) {
        await page.evaluate((part) => {
          const diagram = document.getElementById('modell-a').shadowRoot.querySelector('.diagram');
          diagram.querySelector(`[data-part="${part}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        }, id);
        await page.waitForFunction(
          (part) => {
            const model = document.getElementById('modell-a');
            const panel = model.shadowRoot.querySelector('innovasjon-modell-panel.detail');
            return model.selected === part && panel?.shadowRoot?.querySelector('h2');
          },
          { timeout: 10000 },
          id,
        );
      }
    }],
    ['the text version, presenter mode and nynorsk content from src render', async () => {
      await page.evaluate(() => {
        const model = document.getElementById('modell-a');
        model.shadowRoot.querySelector('details.outline').open = true;
        model.presenting = true;
      });
      await page.waitForFunction(() => {
        const model = document.getElementById('modell-a');
        return model.shadowRoot.querySelector('innovasjon-modell-presenter-bar')?.shadowRoot?.querySelector('.counter');
      }, { timeout: 10000 });
      await page.evaluate(() => (document.getElementById('modell-a').presenting = false));
      await page.waitForFunction(() => {
        const model = document.getElementById('modell-b');
        const diagram = model.shadowRoot.querySelector('.diagram');
        return diagram?.querySelector('[data-part="muligheter-og-retning"]')?.getAttribute('aria-label') === 'Sjå moglegheiter og vise retning';
      }, { timeout: 10000 });
    }],
    ['the figure exports as PNG and SVG, by the method and by the choices under «Last ned figuren»', async () => {
      const result = await page.evaluate(async () => {
        // Downloads are caught, not followed: the file and its name are what is checked.
        const files = [];
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          files.push(this.download);
        };
        try {
          const widths = [];
          const texts = [];
          for (const id of ['modell-a', 'modell-b']) {
            const model = document.getElementById(id);
            const png = await model.exportFigure({ format: 'png' });
            widths.push((await createImageBitmap(png)).width);
            texts.push(await (await model.exportFigure({ format: 'svg', background: 'transparent' })).text());
          }
          const model = document.getElementById('modell-b');
          const root = model.shadowRoot;
          const status = () => root.querySelector('[role="status"]')?.textContent.trim() ?? '';
          const choose = async (name) => {
            root.querySelector('[part="export-button"]').click();
            const deadline = Date.now() + 10000;
            let button;
            while (!(button = [...root.querySelectorAll('[part="export-menu"] button')].find((b) => b.textContent.includes(name)))) {
              if (Date.now() > deadline) throw new Error(`no choice «${name}»`);
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
            button.click();
            while (!status()) {
              if (Date.now() > deadline) throw new Error(`no message after «${name}»`);
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
            return status();
          };
          const said = [await choose('PNG-bilete'), await choose('SVG-bilete'), await choose('Kopier bilete')];
          return { widths, texts, files, said };
        } finally {
          HTMLAnchorElement.prototype.click = click;
        }
      });
      if (result.widths.some((width) => width < 1600)) throw new Error(`PNG widths ${result.widths}`);
      if (!result.texts.every((text) => text.includes('<title id="figure-title">Kultur for innovasjon</title>'))) {
        throw new Error('an SVG without its title');
      }
      if (result.files.join() !== 'kultur-for-innovasjon.png,kultur-for-innovasjon.svg') throw new Error(`downloads ${result.files}`);
      const expected = ['Du har lasta ned figuren som PNG.', 'Du har lasta ned figuren som SVG.'];
      if (result.said.slice(0, 2).join() !== expected.join()) throw new Error(`messages ${result.said}`);
      // A copy without the viewer's click is refused by the browser, and said so.
      if (!/kopiert|ikkje kopiere/.test(result.said[2])) throw new Error(`copy said ${result.said[2]}`);
    }],
    ['presenter mode\'s QR code, black screen, timer and keys draw, with the pages fitted to the screen', async () => {
      await page.evaluate(() => {
        const model = document.getElementById('modell-a');
        model.selected = 'tillit-og-risikovilje';
        model.presenting = true;
      });
      const shown = (tag, selector) =>
        page.waitForFunction(
          (tag, selector) => !!document.getElementById('modell-a').shadowRoot.querySelector(tag)?.shadowRoot?.querySelector(selector),
          { timeout: 10000 },
          tag,
          selector,
        );
      await shown('innovasjon-modell-presenter-fit', 'innovasjon-modell-panel');
      await page.waitForFunction(() => !document.getElementById('modell-a').shadowRoot.querySelector('innovasjon-modell-presenter-fit[pending]'), { timeout: 10000 });
      await page.keyboard.press('q');
      await shown('innovasjon-modell-presenter-qr', 'dialog[open] svg path[d^="M"]');
      await page.keyboard.press('Escape');
      await page.keyboard.press('b');
      await shown('innovasjon-modell-presenter-blackout', 'dialog[open]');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('t');
      await shown('innovasjon-modell-presenter-timer[shown]', '.timer');
      await page.keyboard.press('h');
      await shown('innovasjon-modell-presenter-help', 'dialog[open] kbd');
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.getElementById('modell-a').presenting = false));
    }],
    ['no policy violation, page error or console error', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const violations = await page.evaluate(() => window.__violations);
      results.violations += violations.length;
      problems.push(...violations.map((v) => `violation: ${v}`));
      if (problems.length) throw new Error(problems.join('\n    '));
    }],
  ];

  await page.goto(`${server.url}/test/csp/strict.html`);
  for (const [check, run] of checks) {
    try {
      await run();
      results.passed += 1;
      console.log(`✓ ${name}: ${check}`);
    } catch (error) {
      results.failed += 1;
      console.log(`✗ ${name}: ${check}\n    ${error.message}`);
    }
  }
  await browser.close();
}

await server.close();
mkdirSync('reports', { recursive: true });
writeFileSync('reports/csp.json', JSON.stringify(results, null, 2));
console.log(`Strict CSP test: ${results.passed} passed, ${results.failed} failed (${results.violations} violations)`);
process.exit(results.failed ? 1 : 0);
