import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nbSummary } from '../../src/content/locales/nb-summary.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { labelOf, panelOf, panelRoot, partsOf, settled } from '../support/model.js';

// Its own file, and no static import of the texts, so the page has not loaded them when the test starts.
describe('<innovasjon-modell>: first render before the texts arrive', () => {
  it('draws the diagram from the names alone, and opens a part once its texts are in', async () => {
    const fetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('nb-details'));
    expect(fetched(), 'the texts are not fetched before the element renders').to.equal(false);
    const practice = nbSummary.practices[2];
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><innovasjon-modell selected=${practice.id}></innovasjon-modell></div>`,
    );
    const model = box.querySelector<InnovasjonModell>('innovasjon-modell')!;
    await model.updateComplete;
    // The first render has no half-empty panel: the part opens when its texts are in.
    expect(panelOf(model)).to.equal(null);
    // The diagram draws from the names alone, once the browser reports its size.
    await waitUntil(() => partsOf(model).length === 5, 'the diagram draws');
    expect(partsOf(model).map((part) => part.getAttribute('aria-label'))).to.include(practice.title);

    await settled(model);
    expect(fetched()).to.equal(true);
    expect(labelOf(model, practice.id).textContent).to.contain(practice.label.split(' ')[0]);
    expect(panelRoot(model).querySelector('h2')!.textContent).to.equal(practice.title);
    const { nbDetails } = await import('../../src/content/locales/nb-details.js');
    expect(panelRoot(model).querySelector('.intro')!.textContent).to.equal(nbDetails.practices[2].intro);
    expect(model.selected).to.equal(practice.id);
  });
});
