import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb/content.js';
import { validateContent } from '../../src/model/validate.js';
import { CORE_ID, PRACTICE_IDS, type ModelContent } from '../../src/model/types.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { malformedCorpus } from '../fixtures/malformed-content.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { filmRoot, panelRoot, partsOf } from '../support/model.js';

/** Counts uncaught errors, rejected promises and CSP violations on the page while `run` runs. */
async function watchPage(run: () => Promise<void>): Promise<{ uncaught: string[]; violations: string[] }> {
  const uncaught: string[] = [];
  const violations: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(event.violatedDirective);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  const consoleError = console.error;
  const consoleWarn = console.warn;
  console.error = () => undefined; // expected: every case reports its problems there
  console.warn = () => undefined;
  try {
    await run();
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
  return { uncaught, violations };
}

async function oneModel(): Promise<InnovasjonModell> {
  const box = await fixture(html`<div style="width: 700px"><innovasjon-modell></innovasjon-modell></div>`);
  const model = box.querySelector('innovasjon-modell')!;
  await model.updateComplete;
  return model;
}

describe('<innovasjon-modell>: malformed content', () => {
  const corpus = malformedCorpus();

  it(`has a corpus of at least 500 cases (${corpus.length})`, () => {
    expect(corpus.length).to.be.at.least(500);
  });

  it('the validator rejects every case and names the field', () => {
    const misses = corpus.filter((c) => {
      const result = validateContent(c.content);
      return result.ok || !result.problems.some((p) => p.path.startsWith(c.path) || (c.path === '' && p.path === '$'));
    });
    expect(misses.map((c) => c.name)).to.deep.equal([]);
  });

  it('the element shows every case as a readable message naming the field, never a blank box or an uncaught error', async function () {
    this.timeout(180000);
    const model = await oneModel();
    const missing: string[] = [];
    const checked = () => model.shadowRoot!.querySelector('.layout')!.getAttribute('aria-busy') === 'false';
    const { uncaught } = await watchPage(async () => {
      for (const c of corpus) {
        model.content = c.content as ModelContent;
        await model.updateComplete;
        await waitUntil(checked, c.name, { interval: 2, timeout: 5000 });
        await model.updateComplete;
        const alert = model.shadowRoot!.querySelector('[role="alert"]');
        const named = [...(alert?.querySelectorAll('li') ?? [])].some((li) =>
          c.path ? li.textContent!.startsWith(c.path) : li.textContent!.startsWith('$'),
        );
        if (!named || partsOf(model).length !== 5) missing.push(c.name);
      }
    });
    expect(uncaught).to.deep.equal([]);
    expect(missing).to.deep.equal([]);
  });
});

describe('<innovasjon-modell>: hostile strings', () => {
  /**
   * Every text of the content set to the payload; addresses stay valid so everything renders.
   * Labels are cut to their longest allowed length (24 characters for values, 48 for practices).
   */
  function everyTextIs(payload: string): ModelContent {
    const content = structuredClone(nb);
    const set = (value: unknown, key = ''): unknown => {
      if (typeof value === 'string') return key === 'label' ? payload.slice(0, 24) : payload;
      if (Array.isArray(value)) return value.map((item) => set(item));
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value).map(([key, child]) =>
            ['id', 'lang', 'kind', 'href', 'src', 'videoId', 'srclang'].includes(key) ? [key, child] : [key, set(child, key)],
          ),
        );
      }
      return value;
    };
    return set(content) as ModelContent;
  }

  it(`renders ${XSS_PAYLOADS.length} payloads in every text field as text: no execution, no violation`, async function () {
    // 330 panels, each painted in two steps (text first, then film and questions): allow time.
    this.timeout(40000);
    expect(XSS_PAYLOADS.length).to.be.at.least(60);
    const model = await oneModel();
    const trap = ((window as { __xssTrap?: () => void }).__xssTrap = () => executed.push(current));
    const executed: string[] = [];
    let current = '';
    const { uncaught, violations } = await watchPage(async () => {
      for (const payload of XSS_PAYLOADS) {
        current = payload;
        model.content = everyTextIs(payload);
        for (const id of [CORE_ID, ...PRACTICE_IDS] as const) {
          model.selected = id;
          await model.updateComplete;
          const panel = panelRoot(model);
          expect(panel.querySelector('h2')!.textContent).to.equal(payload);
          expect(panel.querySelectorAll('script, img, iframe, object, embed, svg, math, style, link')).to.have.length(0);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200)); // let any late handler fire
    });
    expect(trap).to.be.a('function');
    expect(executed).to.deep.equal([]);
    expect(uncaught).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });

  it('rejects hostile addresses in every film field, and nothing of them reaches the page', async () => {
    const model = await oneModel();
    // The payloads that are addresses: a scheme, a protocol-relative or a UNC path.
    const addresses = XSS_PAYLOADS.filter((p) => /^\s*[a-z][a-z\t]*:|^\s*\/\/|^\\\\/i.test(p));
    expect(addresses.length).to.be.at.least(10);
    const { uncaught } = await watchPage(async () => {
      for (const address of addresses) {
        const content = structuredClone(nb);
        content.practices[0].film.source = {
          kind: 'file',
          src: address,
          poster: address,
          tracks: [{ src: address, srclang: 'nb', label: 'Norsk' }],
        };
        content.practices[1].film.source = { kind: 'link', href: address };
        content.practices[2].film.source = { kind: 'youtube', videoId: address };
        model.content = content;
        for (const id of PRACTICE_IDS.slice(0, 3)) {
          model.selected = id;
          await model.updateComplete;
          const film = filmRoot(model);
          for (const element of film.querySelectorAll('[src], [href], [poster]')) {
            for (const attribute of ['src', 'href', 'poster']) {
              expect(element.getAttribute(attribute) ?? '').to.not.equal(address);
            }
          }
        }
        const problems = model.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
        expect(problems).to.contain('practices[0].film.source.src');
        expect(problems).to.contain('practices[1].film.source.href');
      }
    });
    expect(uncaught).to.deep.equal([]);
  });
});
