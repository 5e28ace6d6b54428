import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import { contentWithFilms } from '../fixtures/content.js';
import { nb } from '../../src/i18n/nb/content.js';
import { clickPart, realClick, renderModel } from '../support/model.js';
import { findNode, type AxNode } from '../support/ax-tree.js';

describe('<innovasjon-modell>: accessibility', () => {
  it('axe finds no violations with the panel closed', async () => {
    const model = await renderModel();
    await expect(model).to.be.accessible();
  });

  for (const lang of ['nb', 'nn', 'en']) {
    it(`axe finds no violations with each part open in turn (${lang})`, async () => {
      const model = await renderModel(900, { lang });
      await waitUntil(() => model.shadowRoot!.querySelector('.source')?.textContent?.includes('Meld. St. 30'));
      for (const id of [CORE_ID, ...PRACTICE_IDS] as const) {
        model.selected = id;
        await model.updateComplete;
        await expect(model, `${lang} ${id}`).to.be.accessible();
      }
    });
  }

  it('announces an opened part once, through a polite live region', async () => {
    const model = await renderModel();
    const live = model.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal('');
    await clickPart(model, PRACTICE_IDS[0]);
    expect(live.textContent).to.equal('Se muligheter og vise retning er åpnet.');
    await clickPart(model, PRACTICE_IDS[0]);
    expect(live.textContent).to.equal('');
  });

  it('offers the whole model as headings, text and lists, rendered only when opened', async () => {
    const model = await renderModel();
    const outline = model.shadowRoot!.querySelector<HTMLDetailsElement>('details.outline')!;
    expect(outline.querySelectorAll('innovasjon-modell-panel')).to.have.length(0);
    await realClick(outline.querySelector('summary')!);
    await model.updateComplete;
    const parts = [...outline.querySelectorAll('innovasjon-modell-panel')];
    await Promise.all(parts.map((part) => part.updateComplete));
    expect(parts.map((part) => part.shadowRoot!.querySelector('h2')!.textContent)).to.deep.equal([
      nb.core.title,
      ...nb.practices.map((p) => p.title),
    ]);
    for (const part of parts.slice(1)) {
      const root = part.shadowRoot!;
      expect(root.querySelectorAll('ul.questions')).to.have.length(3);
      expect(root.querySelector('innovasjon-modell-film')).to.exist;
      expect(root.querySelector('[part="close-button"]'), 'no close button in the text version').to.equal(null);
      expect(root.querySelector('section.panel')!.hasAttribute('aria-labelledby')).to.equal(false);
    }
    await expect(model).to.be.accessible();
  });

  it('axe finds no violations with every kind of film, at 320 px', async () => {
    const model = await renderModel(320, { selected: PRACTICE_IDS[1] });
    model.content = contentWithFilms();
    await model.updateComplete;
    await expect(model).to.be.accessible();
    model.selected = PRACTICE_IDS[0];
    await model.updateComplete;
    await expect(model).to.be.accessible();
  });

  it('the accessibility tree names each part by its title and says whether it is expanded', async function () {
    const model = await renderModel(900, { selected: PRACTICE_IDS[1] });
    const tree = await executeServerCommand<AxNode & { unsupported?: true }, undefined>('a11y-tree');
    // Firefox (WebDriver BiDi) and WebKit (classic WebDriver) give tests no accessibility tree; WebKit's
    // roles are checked in the DOM instead (safari.test.ts).
    if (tree.unsupported) this.skip();
    const find = (role: string, name: string) => findNode(tree, (n) => n.role === role && n.name === name);

    const toolbar = find('toolbar', 'Kultur for innovasjon');
    expect(toolbar, 'a toolbar named after the model').to.not.equal(undefined);
    expect(toolbar!.description).to.contain('Rundt kjernen står fire lederpraksiser');
    expect(toolbar!.description).to.contain('piltastene');
    const buttons = (toolbar!.children ?? []).filter((n) => n.role === 'button');
    expect(buttons.map((b) => [b.name, b.expanded ?? false])).to.deep.equal([
      ['Kultur for innovasjon: Nysgjerrighet, Mot, Åpenhet', false],
      ['Se muligheter og vise retning', false],
      ['Vise tillit og risikovilje', true],
      ['Innby til samarbeid og involvering', false],
      ['Lære og endre praksis', false],
    ]);
    const region = find('region', 'Vise tillit og risikovilje');
    expect(region, 'the panel is a region labelled by its heading').to.not.equal(undefined);
    expect(findNode(region!, (n) => n.role === 'heading' && n.level === 2)?.name).to.equal(
      'Vise tillit og risikovilje',
    );
    expect(findNode(region!, (n) => n.role === 'button')?.name).to.equal('Lukk «Vise tillit og risikovilje»');
    // The drawn labels are hidden: each part's name comes whole from its aria-label.
    expect(find('StaticText', 'Se muligheter')).to.equal(undefined);
    model.remove();
  });

  it('the accessibility tree names a film link with the language of the page it leads to', async function () {
    const model = await renderModel(900, { lang: 'en', selected: PRACTICE_IDS[0] });
    const tree = await executeServerCommand<AxNode & { unsupported?: true }, undefined>('a11y-tree');
    if (tree.unsupported) this.skip();
    const link = findNode(tree, (n) => n.role === 'link' && (n.name ?? '').startsWith('Find the film'));
    expect(link?.name).to.equal('Find the film on DFØ’s page about the model (in Norwegian)');
    model.remove();
  });
});
