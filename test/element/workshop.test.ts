import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en/content.js';
import { nb } from '../../src/i18n/nb/content.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { emulate } from '../support/media.js';
import { typeText } from '../support/input.js';
import { clickPart, diagramOf, panelRoot, realClick, renderModel, ModelHarness } from '../support/model.js';

/** Two deep-linked elements side by side, as on an intranet article with two models. */
async function twoModels(): Promise<[InnovasjonModell, InnovasjonModell]> {
  const box = await fixture(html`<div style="width: 900px">
    <innovasjon-modell id="modell-a" deep-link></innovasjon-modell>
    <innovasjon-modell id="modell-b" deep-link></innovasjon-modell>
  </div>`);
  const models = [...box.querySelectorAll('innovasjon-modell')] as [InnovasjonModell, InnovasjonModell];
  for (const model of models) await model.updateComplete;
  return models;
}

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.slice(1));
}

describe('<innovasjon-modell>: deep links', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('writes each element\'s open part under its own id, without overwriting the other', async () => {
    const [a, b] = await twoModels();
    await clickPart(a, 'tillit-og-risikovilje');
    await waitUntil(() => hashParams().get('modell-a') === 'tillit-og-risikovilje');
    await clickPart(b, CORE_ID);
    await waitUntil(() => hashParams().get('modell-b') === CORE_ID);
    expect(hashParams().get('modell-a')).to.equal('tillit-og-risikovilje');
    await clickPart(a, 'tillit-og-risikovilje'); // close a
    await waitUntil(() => !hashParams().has('modell-a'));
    expect(hashParams().get('modell-b')).to.equal(CORE_ID);
  });

  it('reads the hash back on hashchange, each element its own part', async () => {
    const [a, b] = await twoModels();
    // updateComplete waits for the deep-link code, which loads on demand.
    await Promise.all([a.updateComplete, b.updateComplete]);
    location.hash = '#modell-a=laere-og-endre-praksis&modell-b=samarbeid-og-involvering';
    await waitUntil(() => a.selected === 'laere-og-endre-praksis' && b.selected === 'samarbeid-og-involvering');
  });

  it('opens the part a link names when the page loads, also as a bare #part', async () => {
    history.replaceState(null, '', '#tillit-og-risikovilje');
    const [a, b] = await twoModels();
    await waitUntil(() => a.selected === 'tillit-og-risikovilje' && b.selected === 'tillit-og-risikovilje');
    await a.updateComplete;
    expect(new ModelHarness(a).heading).to.equal('Vise tillit og risikovilje');
  });

  it('closes the part when the hash is emptied (Back from a link)', async () => {
    history.replaceState(null, '', '#modell-a=kjerne');
    const [a] = await twoModels();
    expect(a.selected).to.equal(CORE_ID);
    location.hash = '';
    await waitUntil(() => a.selected === '', 'the part closes');
  });

  it('a link to a questions step on an element presenting without present-questions opens the part whole, and settles', async () => {
    history.replaceState(null, '', '#modell-q=tillit-og-risikovilje/sporsmal');
    const box = await fixture(html`<div style="width: 900px"><innovasjon-modell id="modell-q" deep-link presenting></innovasjon-modell></div>`);
    const model = box.querySelector('innovasjon-modell')!;
    await model.updateComplete;
    expect(model.selected).to.equal('tillit-og-risikovilje');
    expect(panelRoot(model).querySelector('.intro'), 'the text, not only the questions').to.exist;
    model.presenting = false;
    await model.updateComplete;
  });

  it('leaves a hash that names no part alone, and does nothing without deep-link', async () => {
    history.replaceState(null, '', '#kontakt');
    const box = await fixture(html`<div style="width: 600px">
      <innovasjon-modell id="uten"></innovasjon-modell><innovasjon-modell id="med" deep-link></innovasjon-modell>
    </div>`);
    const [plain, linked] = [...box.querySelectorAll('innovasjon-modell')] as InnovasjonModell[];
    await linked.updateComplete;
    expect(linked.selected).to.equal('');
    await clickPart(plain, CORE_ID);
    expect(location.hash).to.equal('#kontakt');
  });
});

describe('<innovasjon-modell>: deep links with a hash that is not ours', () => {
  afterEach(clearHash);

  for (const hash of ['#100%', '#modell-a=%E0%A4%A', `#modell-a=kjerne&x=${'y'.repeat(3000)}`, '#kontakt', '#annen-modell=kjerne']) {
    it(`ignores ${hash.slice(0, 30)} without an error, and writes over it only when the viewer opens a part`, async () => {
      history.replaceState(null, '', hash);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.message);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const box = await fixture(html`<div style="width: 900px"><innovasjon-modell id="modell-a" deep-link></innovasjon-modell></div>`);
        const model = box.querySelector('innovasjon-modell')!;
        await model.updateComplete;
        expect(model.selected).to.equal('');
        // Updates that change nothing leave the hash alone too.
        model.requestUpdate();
        await model.updateComplete;
        expect(location.hash).to.equal(hash);
        await clickPart(model, 'tillit-og-risikovilje');
        await waitUntil(() => hashParams().get('modell-a') === 'tillit-og-risikovilje', 'the open part is written');
        // Deep links still work on this page: a link that names another part opens it.
        location.hash = '#modell-a=kjerne';
        await waitUntil(() => model.selected === CORE_ID, 'the link is followed');
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }
});

describe('<innovasjon-modell>: workshop worksheet', () => {
  afterEach(async () => {
    await emulate({ media: '', features: [] });
  });

  async function openWorksheet(): Promise<{ model: InnovasjonModell; sheet: ShadowRoot }> {
    const model = await renderModel(900, { selected: 'samarbeid-og-involvering' });
    const worksheet = panelRoot(model).querySelector('innovasjon-modell-worksheet')!;
    await waitUntil(() => worksheet.shadowRoot?.querySelector('select'), 'the worksheet text loads');
    return { model, sheet: worksheet.shadowRoot! };
  }

  it('prints the practice\'s title, short text and the chosen audience\'s questions, with room to write', async function () {
    const { model, sheet } = await openWorksheet();
    const select = sheet.querySelector('select')!;
    select.value = 'team';
    select.dispatchEvent(new Event('change'));
    await model.updateComplete;
    const article = sheet.querySelector('article.sheet')!;
    expect(getComputedStyle(article).display).to.equal('none'); // not on screen

    if (!(await emulate({ media: 'print' }))) this.skip();
    expect(matchMedia('print').matches).to.equal(true);
    const practice = nb.practices[2];
    expect(getComputedStyle(article).display).to.equal('block');
    expect(article.querySelector('h1')!.textContent).to.equal(practice.title);
    expect(article.querySelector('p')!.textContent).to.equal(practice.intro);
    expect([...article.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['For teamet']);
    expect([...article.querySelectorAll('li p')].map((p) => p.textContent)).to.deep.equal(practice.questions.team);
    for (const answer of article.querySelectorAll('.answer')) {
      expect(answer.getBoundingClientRect().height, 'room to write').to.be.above(60);
    }
    // The diagram chrome is off paper.
    const hidden = (element: Element) => getComputedStyle(element).display === 'none';
    expect(hidden(model.shadowRoot!.querySelector('.diagram-column')!)).to.equal(true);
    expect(hidden(model.shadowRoot!.querySelector('.actions')!)).to.equal(true);
    expect(hidden(panelRoot(model).querySelector('.film-section')!)).to.equal(true);
    expect(hidden(panelRoot(model).querySelector('.questions-section')!)).to.equal(true);
    expect(hidden(sheet.querySelector('.controls')!)).to.equal(true);
    expect(diagramOf(model).getBoundingClientRect().height).to.equal(0);
  });

  it('copies the chosen questions as plain text', async () => {
    const { model, sheet } = await openWorksheet();
    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      const select = sheet.querySelector('select')!;
      select.value = 'self';
      select.dispatchEvent(new Event('change'));
      await model.updateComplete;
      await realClick(sheet.querySelector('button.copy')!);
      await waitUntil(() => copied.length === 1);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    const practice = nb.practices[2];
    expect(copied[0]).to.equal(
      `${practice.title}\n\nFor deg selv\n${practice.questions.self.map((q, i) => `${i + 1}. ${q}`).join('\n')}\n`,
    );
    await model.updateComplete;
    expect(sheet.querySelector('[role="status"]')!.textContent).to.equal('Spørsmålene er kopiert.');
  });
});

describe('<innovasjon-modell>: facilitator notes', () => {
  const KEY = 'innovasjon-modell:notes:notat-test';
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  async function modelWithNotes(selected = PRACTICE_IDS[0], notes = true): Promise<InnovasjonModell> {
    const box = await fixture(html`<div style="width: 900px">
      <innovasjon-modell id="notat-test" ?notes=${notes} selected=${selected}></innovasjon-modell>
    </div>`);
    const model = box.querySelector('innovasjon-modell')!;
    await model.updateComplete;
    return model;
  }

  async function notesRoot(model: InnovasjonModell): Promise<ShadowRoot> {
    await waitUntil(
      () => panelRoot(model).querySelector('innovasjon-modell-notes')?.shadowRoot?.querySelector('textarea'),
      'the notes load',
    );
    return panelRoot(model).querySelector('innovasjon-modell-notes')!.shadowRoot!;
  }

  it('is off unless asked for', async () => {
    const model = await modelWithNotes(PRACTICE_IDS[0], false);
    expect(panelRoot(model).querySelector('innovasjon-modell-notes')).to.equal(null);
  });

  it('keeps notes in this browser under a key with the element\'s id, across a reload', async () => {
    const model = await modelWithNotes();
    const root = await notesRoot(model);
    root.querySelector('textarea')!.focus();
    await typeText('Vi prøver i mars.');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ [PRACTICE_IDS[0]]: 'Vi prøver i mars.' });

    model.parentElement!.remove(); // as a reload does: a new element reads the stored notes
    const again = await modelWithNotes();
    expect((await notesRoot(again)).querySelector('textarea')!.value).to.equal('Vi prøver i mars.');
  });

  it('exports every practice\'s notes as a text file', async () => {
    localStorage.setItem(KEY, JSON.stringify({ [PRACTICE_IDS[0]]: 'Første notat', [PRACTICE_IDS[2]]: 'Tredje' }));
    const model = await modelWithNotes();
    const root = await notesRoot(model);
    const blobs: Blob[] = [];
    const fileNames: string[] = [];
    const original = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return original.call(URL, blob);
    };
    // The download link is caught, not followed: a real download was seen to stall Firefox,
    // and the file's name and text are what the test reads.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      fileNames.push(this.download);
    };
    try {
      await realClick(root.querySelector('button.export')!);
      // The file's name follows the language too.
      model.lang = 'en';
      await waitUntil(() => root.querySelector('button.export')?.textContent?.trim() === 'Download the notes', 'English text');
      // The English content arrives in a chunk of its own and moves the button.
      await waitUntil(() => panelRoot(model).querySelector('h2')?.textContent === en.practices[0].title, 'English content');
      await model.updateComplete;
      await realClick(root.querySelector('button.export')!);
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(fileNames).to.deep.equal(['notater.txt', 'notes.txt']);
    const text = await blobs[0].text();
    expect(text).to.equal(
      `Notater: Kultur for innovasjon\n\n${nb.practices[0].title}\n${'-'.repeat(nb.practices[0].title.length)}\nFørste notat\n\n` +
        `${nb.practices[2].title}\n${'-'.repeat(nb.practices[2].title.length)}\nTredje\n`,
    );
  });

  it('deletes my notes', async () => {
    localStorage.setItem(KEY, JSON.stringify({ [PRACTICE_IDS[0]]: 'Slett meg' }));
    const model = await modelWithNotes();
    const root = await notesRoot(model);
    expect(root.querySelector('textarea')!.value).to.equal('Slett meg');
    await realClick(root.querySelector('button.delete')!);
    await model.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(root.querySelector('textarea')!.value).to.equal('');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Notatene er slettet.');
  });
});

describe('<innovasjon-modell>: deep links and the selected attribute', () => {
  afterEach(clearHash);

  it('keeps a part opened before the deep-link code arrived, and writes it to the hash', async () => {
    clearHash();
    const box = await fixture(html`<div style="width: 600px">
      <innovasjon-modell id="modell-c" deep-link selected="kjerne"></innovasjon-modell>
    </div>`);
    const model = box.querySelector('innovasjon-modell')!;
    await waitUntil(() => hashParams().get('modell-c') === CORE_ID, 'the open part reaches the hash');
    expect(model.selected).to.equal(CORE_ID);
  });
});

describe('<innovasjon-modell>: printing the worksheet', () => {
  it('sets A4 for the print and removes it afterwards', async () => {
    const model = await renderModel(900, { selected: 'tillit-og-risikovilje' });
    const worksheet = panelRoot(model).querySelector('innovasjon-modell-worksheet')!;
    await waitUntil(() => worksheet.shadowRoot?.querySelector('button.print'));
    const pageRules: string[] = [];
    const originalPrint = window.print;
    window.print = () => {
      for (const sheet of document.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) pageRules.push(rule.cssText);
      }
    };
    try {
      await realClick(worksheet.shadowRoot!.querySelector('button.print')!);
    } finally {
      window.print = originalPrint;
    }
    expect(pageRules.join(' ')).to.match(/@page\s*\{[^}]*size: a4/i);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((r) => r.cssText.startsWith('@page')))).to.equal(false);
  });
});
