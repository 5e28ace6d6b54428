import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb/content.js';
import { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { defineElement } from '../../src/shared/define-element.js';
import { captureConsole } from '../support/console.js';
import { clickPart, filmRoot, panelRoot, partsOf, renderModel, ModelHarness } from '../support/model.js';

describe('<innovasjon-modell>: bad input and registration', () => {
  it('shows broken content as a readable message, logs it, and keeps the default model usable', async () => {
    const model = await renderModel();
    const broken = structuredClone(nb) as unknown as Record<string, any>;
    delete broken.practices[1].questions.self;
    broken.practices[0].film.source = { kind: 'file', src: 'javascript:alert(1)', tracks: [] };
    broken.practices[3].title = 'Vår egen læringspraksis';
    const errors = await captureConsole('error', async () => {
      model.content = broken as never;
      await model.updateComplete;
    });
    expect(errors.join('\n')).to.contain('practices[1].questions.self: expected a list of at least 1');
    expect(errors.join('\n')).to.contain('practices[0].film.source.src: expected an https: or relative URL');
    const alert = model.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Innholdet kunne ikke brukes');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).to.have.length(2);
    expect(partsOf(model)).to.have.length(5);
    await clickPart(model, 'muligheter-og-retning');
    expect(new ModelHarness(model).heading).to.equal(nb.practices[0].title);
    expect(filmRoot(model).querySelector('video')).to.equal(null);
    // The valid parts of the page's content still render.
    expect(partsOf(model)[4].getAttribute('aria-label')).to.equal('Lære og endre praksis (Vår egen læringspraksis)');
  });

  it('renders hostile strings as text, never as markup', async () => {
    const model = await renderModel();
    const hostile = structuredClone(nb);
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    hostile.practices[0].title = payload;
    hostile.practices[0].intro = payload;
    hostile.practices[0].questions.self[0] = payload;
    model.content = hostile;
    model.selected = 'muligheter-og-retning';
    await model.updateComplete;
    const root = panelRoot(model);
    expect(root.querySelector('h2')!.textContent).to.equal(payload);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('can be defined twice without throwing, with a console note for another copy', async () => {
    class OtherCopy extends InnovasjonModell {}
    const notes = await captureConsole('info', async () => {
      defineElement('innovasjon-modell', InnovasjonModell);
      defineElement('innovasjon-modell', OtherCopy);
    });
    expect(customElements.get('innovasjon-modell')).to.equal(InnovasjonModell);
    expect(notes.join('\n')).to.contain('already defined by another copy');
  });

  it('works under a tag name of its own', async () => {
    class Renamed extends InnovasjonModell {}
    defineElement('min-innovasjonsmodell', Renamed);
    const box = await fixture(html`<div style="width: 600px"><min-innovasjonsmodell></min-innovasjonsmodell></div>`);
    const model = box.firstElementChild as InnovasjonModell;
    await model.updateComplete;
    expect(partsOf(model)).to.have.length(5);
  });
});

describe('<innovasjon-modell>: language', () => {
  it('uses nynorsk from its lang attribute, loaded on demand', async () => {
    const model = await renderModel(900, { lang: 'nn', selected: 'kjerne' });
    // Content and interface text are chunks of their own; both arrive.
    await waitUntil(() => partsOf(model)[1]?.getAttribute('aria-label') === 'Sjå moglegheiter og vise retning');
    await waitUntil(() => panelRoot(model).querySelector('h3')?.textContent === 'Tre kjenneteikn ved kulturen');
  });

  it('takes the closest ancestor\'s lang when it has none of its own', async () => {
    const box = await fixture(html`<section lang="en-GB" style="width: 600px"><innovasjon-modell></innovasjon-modell></section>`);
    const model = box.querySelector('innovasjon-modell')!;
    await waitUntil(() => partsOf(model)[1]?.getAttribute('aria-label')?.startsWith('See opportunities'));
  });

  it('falls back to bokmål for an unknown language, with a console note', async () => {
    let model!: InnovasjonModell;
    const notes = await captureConsole('info', async () => {
      model = await renderModel(600, { lang: 'de' });
    });
    expect(notes.join('\n')).to.contain('no content in the language "de"');
    expect(partsOf(model)[1].getAttribute('aria-label')).to.equal(nb.practices[0].title);
  });

  it('keeps the open part open when the language changes', async () => {
    const model = await renderModel(900, { selected: 'tillit-og-risikovilje' });
    model.lang = 'en';
    await waitUntil(() => panelRoot(model).querySelector('h2')?.textContent === 'Show trust and willingness to take risks');
    expect(model.selected).to.equal('tillit-og-risikovilje');
  });
});
