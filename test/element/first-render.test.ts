import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nbSummary } from '../../src/i18n/nb/summary.js';
import { labelOf, panelOf, partsOf, ModelHarness } from '../support/model.js';

// Its own file, and no static import of the texts, so the page has not loaded them when the test starts.
describe('<innovasjon-modell>: first render before the texts arrive', () => {
  it('draws the diagram from the names alone, and opens a part once its texts are in', async () => {
    const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('nb/details'));
    expect(fetched(), 'the texts are not fetched before the element renders').to.equal(false);
    const practice = nbSummary.practices[2];
    const box = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const model = document.createElement('innovasjon-modell');
    model.setAttribute('selected', practice.id);
    box.append(model);
    // What the first render drew, seen as it lands (before any chunk can have arrived).
    let panelAtFirstRender: boolean | undefined;
    new MutationObserver((_, observer) => {
      panelAtFirstRender ??= panelOf(model) !== null;
      observer.disconnect();
    }).observe(model.shadowRoot!, { childList: true, subtree: true });
    await model.updateComplete;
    // The first render has no half-empty panel: the part opens when its texts are in.
    expect(panelAtFirstRender).to.equal(false);
    await waitUntil(() => partsOf(model).length === 5, 'the diagram draws');
    expect(partsOf(model).map((part) => part.getAttribute('aria-label'))).to.include(practice.title);

    await model.updateComplete;
    expect(fetched()).to.equal(true);
    expect(labelOf(model, practice.id).textContent).to.contain(practice.label.split(' ')[0]);
    expect(new ModelHarness(model).heading).to.equal(practice.title);
    const { nbDetails } = await import('../../src/i18n/nb/details.js');
    expect(new ModelHarness(model).panelText()[0]).to.equal(nbDetails.practices[practice.id].intro);
    expect(model.selected).to.equal(practice.id);
  });
});
