import { expect, waitUntil } from '@open-wc/testing';
import type { ModelHarness } from '../support/model.js';
import { fetched, renderPreloaded } from '../support/preload.js';
import { cachedSizes } from '../../src/geometry/layout-cache.js';
import '../../src/define.js';

/** The diagram's drawn width at the first change of the element's shadow root after which `holds`. */
function widthOnceChanged(harness: ModelHarness, holds: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    // Called in a microtask after the update that changed the shadow root: before any size report.
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      observer.disconnect();
      resolve(harness.drawing.viewBox.baseVal.width);
    });
    observer.observe(harness.element.shadowRoot!, { childList: true, subtree: true });
  });
}

/** Hovers the model and waits for its texts, so a click opens the panel in its own update. */
async function withTexts(harness: ModelHarness): Promise<void> {
  await harness.hover('samarbeid-og-involvering');
  await waitUntil(() => harness.element.hasTexts, 'the texts once the pointer is over the model', { timeout: 3000 });
  await harness.settle();
}

// Its own file, so nothing of the panel, the film player or the worksheet is in the page yet.
describe('<innovasjon-modell>: what a click needs, and when it is fetched', () => {
  it('fetches the panel while idle, its texts and words once a pointer comes over the model, and the film player and the worksheet once a part opens', async () => {
    const { model, harness } = await renderPreloaded(900);
    await model.updateComplete;
    expect(fetched('detail-panel/define-panel'), 'the panel while the page is idle').to.equal(true);
    expect(fetched('nb/details') || fetched('nb/tools'), 'texts or words before the viewer comes near').to.equal(false);

    await harness.hover('tillit-og-risikovilje');
    await waitUntil(() => fetched('nb/details') && fetched('nb/tools'), 'its texts and words once the pointer is over it', {
      timeout: 3000,
    });
    await model.updateComplete;
    expect(model.hasTexts, 'the texts are here before the click').to.equal(true);
    expect(fetched('film-player/film-player'), 'the film player before a part opens').to.equal(false);
    expect(fetched('worksheet/chunk'), 'the worksheet before a part opens').to.equal(false);

    await harness.open('tillit-og-risikovilje');
    expect(harness.heading).to.equal('Vise tillit og risikovilje');
    expect(fetched('film-player/film-player'), 'the film player once a part is open').to.equal(true);
    expect(fetched('worksheet/chunk'), 'the worksheet once a practice is open').to.equal(true);
    // Drawn after the panel's first frame, and there once the element is complete.
    const film = harness.panelRoot.querySelector('innovasjon-modell-film');
    expect(film?.shadowRoot?.querySelector('[part="film"]'), 'the film is drawn').to.exist;
    expect(harness.panelRoot.querySelector('innovasjon-modell-worksheet'), 'the worksheet is drawn').to.exist;
  });

  it('works out the diagram\'s layout beside a panel while the page is idle, before the click', async () => {
    const { harness } = await renderPreloaded(1010);
    const alone = harness.drawing.viewBox.baseVal.width;
    const ready = cachedSizes();

    await harness.open('laere-og-endre-praksis');
    const beside = harness.drawing.viewBox.baseVal.width;
    expect(beside, 'the diagram is narrower beside the panel').to.be.below(alone);
    expect(ready, 'the layout at that width was there before the click').to.include(beside);
  });

  it('draws the diagram at its width beside the panel in the update that opens it, and at its own in the one that closes it', async () => {
    const { harness } = await renderPreloaded(1030);
    await withTexts(harness);
    const alone = harness.drawing.viewBox.baseVal.width;

    const opening = widthOnceChanged(harness, () => !!harness.panel);
    await harness.open('samarbeid-og-involvering');
    const beside = harness.drawing.viewBox.baseVal.width;
    expect(beside, 'the diagram is narrower beside the panel').to.be.below(alone);
    expect(await opening, 'its width as the panel appears, before the browser reports it').to.equal(beside);

    const closing = widthOnceChanged(harness, () => !harness.panel);
    await harness.close();
    expect(harness.drawing.viewBox.baseVal.width, 'its own width again').to.equal(alone);
    expect(await closing, 'its width as the panel goes').to.equal(alone);
  });

  it('puts the width right before paint when the layout has changed since the widths were read', async () => {
    const { model, harness, before } = await renderPreloaded(1000);
    const alone = harness.drawing.viewBox.baseVal.width;
    const readAhead = cachedSizes().find((size) => size !== alone && !before.includes(size));
    // A box too narrow for the panel beside the diagram: the panel goes below, and the diagram,
    // at its largest size in both boxes, keeps its width. No size report comes of that by itself.
    model.parentElement!.style.width = '700px';
    await withTexts(harness);
    expect(harness.drawing.viewBox.baseVal.width, 'the diagram keeps its width in the narrower box').to.equal(alone);

    const opening = widthOnceChanged(harness, () => !!harness.panel);
    await harness.open('laere-og-endre-praksis');
    expect(await opening, 'the width read ahead is tried first').to.equal(readAhead);
    expect(harness.drawing.viewBox.baseVal.width, 'drawn at the width it keeps, with the panel below').to.equal(alone);
    expect(Math.round(harness.drawing.getBoundingClientRect().width)).to.equal(alone);
  });
});
