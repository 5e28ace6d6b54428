import { expect, waitUntil } from '@open-wc/testing';
import { ModelHarness, renderModel } from '../support/model.js';
import { fetched, idlePreloadDone } from '../support/preload.js';
import { cachedSizes } from '../../src/geometry/layout-cache.js';
import '../../src/define.js';

// Its own file, so nothing of the panel, the film player or the worksheet is in the page yet.
describe('<innovasjon-modell>: what a click needs, and when it is fetched', () => {
  it('fetches the panel while idle, its texts and words once a pointer comes over the model, and the film player and the worksheet once a part opens', async () => {
    const before = cachedSizes();
    const model = await renderModel(900);
    // The idle-time preload (a short timer where the browser has no requestIdleCallback).
    await idlePreloadDone(model, before);
    await model.updateComplete;
    expect(fetched('detail-panel/define-panel'), 'the panel while the page is idle').to.equal(true);
    expect(fetched('nb/details') || fetched('nb/tools'), 'texts or words before the viewer comes near').to.equal(false);

    const harness = new ModelHarness(model);
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
    // A width no test before has used, so its layout beside a panel is not cached from a click.
    const before = cachedSizes();
    const model = await renderModel(1010);
    // The idle-time preload (a short timer where the browser has no requestIdleCallback); it may
    // have run already.
    await idlePreloadDone(model, before);
    const harness = new ModelHarness(model);
    const alone = harness.drawing.viewBox.baseVal.width;
    const ready = cachedSizes();

    await harness.open('laere-og-endre-praksis');
    const beside = harness.drawing.viewBox.baseVal.width;
    expect(beside, 'the diagram is narrower beside the panel').to.be.below(alone);
    expect(ready, 'the layout at that width was there before the click').to.include(beside);
  });
});
