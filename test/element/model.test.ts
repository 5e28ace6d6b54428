import { expect, oneEvent } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb/content.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import {
  clickPart,
  labelOf,
  diagramOf,
  panelOf,
  panelRoot,
  partById,
  partsOf,
  realClick,
  renderModel,
  ModelHarness,
} from '../support/model.js';
import { captureConsole } from '../support/console.js';

const labelText = (model: InnovasjonModell, part: SVGGElement) =>
  [...labelOf(model, part.dataset.part!).querySelectorAll('tspan')].map((t) => t.textContent).join(' ');

describe('<innovasjon-modell>: diagram and panel', () => {
  it('draws the core with its three values and the four practices with their labels', async () => {
    const model = await renderModel();
    const parts = partsOf(model);
    expect(parts.map((p) => p.dataset.part)).to.deep.equal([CORE_ID, ...PRACTICE_IDS]);
    expect(labelText(model, parts[0])).to.equal('Nysgjerrighet Mot Åpenhet');
    nb.practices.forEach((practice, index) => {
      expect(labelText(model, parts[index + 1])).to.equal(practice.label.replace('\n', ' '));
      expect(parts[index + 1].getAttribute('aria-label')).to.equal(practice.title);
    });
    expect(panelOf(model)).to.equal(null);
  });

  for (const practice of nb.practices) {
    it(`a click on «${practice.title}» opens its text, film and questions`, async () => {
      const model = await renderModel();
      await clickPart(model, practice.id);
      const root = panelRoot(model);
      expect(root.querySelector('h2')!.textContent).to.equal(practice.title);
      expect(root.querySelector('.intro')!.textContent).to.equal(practice.intro);
      const filmLink = root
        .querySelector('innovasjon-modell-film')!
        .shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
      expect(filmLink.href).to.equal(
        (practice.film.source as { href: string }).href,
      );
      const lists = [...root.querySelectorAll('ul.questions')];
      expect(lists).to.have.length(3);
      for (const list of lists) expect(list.querySelectorAll('li').length).to.be.at.least(3);
      expect([...root.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([
        'For deg selv',
        'For teamet',
        'For ledergruppen',
      ]);
      expect(model.selected).to.equal(practice.id);
      expect(model.getAttribute('selected')).to.equal(practice.id);
      expect(partById(model, practice.id).getAttribute('aria-expanded')).to.equal('true');
    });
  }

  it('a click on the core opens the core with its three values', async () => {
    const model = await renderModel();
    await clickPart(model, CORE_ID);
    const root = panelRoot(model);
    expect(root.querySelector('h2')!.textContent).to.equal(nb.core.title);
    expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal([
      'Nysgjerrighet',
      'Mot',
      'Åpenhet',
    ]);
  });

  it('another click switches parts; a click on the open part closes it', async () => {
    const model = await renderModel();
    await clickPart(model, 'tillit-og-risikovilje');
    await clickPart(model, 'laere-og-endre-praksis');
    expect(new ModelHarness(model).heading).to.equal('Lære og endre praksis');
    expect(partById(model, 'tillit-og-risikovilje').getAttribute('aria-expanded')).to.equal('false');
    expect(partById(model, 'laere-og-endre-praksis').getAttribute('aria-expanded')).to.equal('true');
    await clickPart(model, 'laere-og-endre-praksis');
    expect(panelOf(model)).to.equal(null);
    expect(model.hasAttribute('selected')).to.equal(false);
  });

  it("paints a practice's title and text first, then its film, questions and tools in a later frame", async () => {
    // The core first, so the panel's code and text are in before the practice is timed.
    const model = await renderModel(900, { selected: CORE_ID });
    const [first, second] = [nb.practices[0], nb.practices[1]];
    const panel = panelOf(model)!;
    const root = panelRoot(model);
    /** Whether the questions were drawn in the render that first showed a heading of `title`. */
    const questionsWithFirstText = (title: string) =>
      new Promise<boolean>((resolve) => {
        const observer = new MutationObserver(() => {
          if (root.querySelector('h2')?.textContent !== title) return;
          observer.disconnect();
          resolve(root.querySelector('.questions-section') !== null);
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      });
    let firstFrame = questionsWithFirstText(first.title);
    model.selected = first.id;
    expect(await firstFrame, 'the questions wait for a later frame').to.equal(false);
    await model.updateComplete;
    expect(root.querySelector('.intro')!.textContent).to.equal(first.intro);
    expect(root.querySelector('.questions-section li')!.textContent).to.equal(first.questions.self[0]);
    expect(root.querySelector('innovasjon-modell-worksheet')).to.exist;

    // Another practice: its own rest follows, never the previous practice's.
    firstFrame = questionsWithFirstText(second.title);
    model.selected = second.id;
    expect(await firstFrame, 'the questions of the next practice wait too').to.equal(false);
    await model.updateComplete;
    expect(panelOf(model)).to.equal(panel);
    expect(root.querySelector('.questions-section li')!.textContent).to.equal(second.questions.self[0]);

    // A re-render of the same practice (here: notes switched on) keeps the rest in place.
    const removed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    observer.observe(root, { childList: true, subtree: true });
    model.notes = true;
    await model.updateComplete;
    observer.disconnect();
    expect(removed.filter((node) => node instanceof Element && node.matches('.questions-section'))).to.deep.equal([]);
    expect(root.querySelector('innovasjon-modell-notes')).to.exist;
  });

  it('the close button closes the panel and fires innovasjon-close with the id', async () => {
    const model = await renderModel();
    await clickPart(model, 'samarbeid-og-involvering');
    const closed = oneEvent(document, 'innovasjon-close');
    await realClick(panelRoot(model).querySelector('[part="close-button"]')!);
    const event = await closed;
    await model.updateComplete;
    expect(event.detail).to.deep.equal({ id: 'samarbeid-og-involvering' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(panelOf(model)).to.equal(null);
    expect(model.selected).to.equal('');
  });

  it('fires innovasjon-open with the id; preventDefault() keeps the panel closed', async () => {
    const model = await renderModel();
    const opened = oneEvent(model, 'innovasjon-open');
    await clickPart(model, 'muligheter-og-retning');
    const event = await opened;
    expect(event.detail).to.deep.equal({ id: 'muligheter-og-retning' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);

    await clickPart(model, 'muligheter-og-retning'); // close again
    const veto = (e: Event) => e.preventDefault();
    model.addEventListener('innovasjon-open', veto);
    await clickPart(model, 'tillit-og-risikovilje');
    model.removeEventListener('innovasjon-open', veto);
    expect(panelOf(model)).to.equal(null);
    expect(model.selected).to.equal('');
  });

  it('the selected attribute and property open a part without firing events', async () => {
    const model = await renderModel(900, { selected: 'tillit-og-risikovilje' });
    expect(new ModelHarness(model).heading).to.equal('Vise tillit og risikovilje');
    let fired = 0;
    model.addEventListener('innovasjon-open', () => fired++);
    model.selected = CORE_ID;
    await model.updateComplete;
    expect(model.getAttribute('selected')).to.equal(CORE_ID);
    expect(new ModelHarness(model).heading).to.equal(nb.core.title);
    model.removeAttribute('selected');
    await model.updateComplete;
    expect(panelOf(model)).to.equal(null);
    expect(fired).to.equal(0);
  });

  it('an unknown selected id opens nothing and says why in the console', async () => {
    const warnings = await captureConsole('warn', async () => {
      const model = await renderModel(900, { selected: 'finnes-ikke' });
      expect(panelOf(model)).to.equal(null);
    });
    expect(warnings.join('\n')).to.contain('selected="finnes-ikke" is not a part of the model');
  });

  it('puts the panel beside the diagram in a wide box and below it in a narrow one', async () => {
    const wide = await renderModel(1000, { selected: CORE_ID });
    const wideDiagram = diagramOf(wide).getBoundingClientRect();
    const widePanel = panelOf(wide)!.getBoundingClientRect();
    expect(widePanel.left).to.be.at.least(wideDiagram.right);

    const narrow = await renderModel(320, { selected: CORE_ID });
    const narrowDiagram = diagramOf(narrow).getBoundingClientRect();
    const narrowPanel = panelOf(narrow)!.getBoundingClientRect();
    expect(narrowPanel.top).to.be.at.least(narrowDiagram.bottom);
    expect(narrowPanel.width).to.be.at.most(320);
  });

  it('replaces its content through the content property', async () => {
    const model = await renderModel();
    const custom = structuredClone(nb);
    custom.practices[0].label = 'Egen etikett';
    custom.practices[0].title = 'Egen tittel';
    model.content = custom;
    await model.updateComplete;
    expect(labelText(model, partsOf(model)[1])).to.equal('Egen etikett');
    await clickPart(model, custom.practices[0].id);
    expect(new ModelHarness(model).heading).to.equal('Egen tittel');
  });
});
