import { expect, fixture, html } from '@open-wc/testing';
import { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import type { Feature } from '../../src/features/feature.js';
import { Chunk } from '../../src/shared/chunk.js';
import { defineElement } from '../../src/shared/define-element.js';
import { en } from '../../src/i18n/en/content.js';
import { captureConsole } from '../support/console.js';
import { ModelHarness } from '../support/model.js';

/** An element class with one more feature, as a new feature is added: one line in `features`. */
function withFeature(tag: string, feature: Feature): void {
  class WithFeature extends InnovasjonModell {
    static override readonly features = [...InnovasjonModell.features, feature];
  }
  defineElement(tag, WithFeature);
}

describe('<innovasjon-modell>: lazy loading', () => {
  it('tries a chunk that fails once more, then says so once in the console and in the page, in the element’s language', async () => {
    let attempts = 0;
    withFeature('modell-med-feil', {
      chunk: new Chunk('the broken part', () => {
        attempts++;
        return Promise.reject(new Error('offline'));
      }),
      wanted: () => true,
    });
    const errors = await captureConsole('error', async () => {
      const box = await fixture(html`<div style="width: 600px">
        <modell-med-feil lang="nn"></modell-med-feil><modell-med-feil lang="en"></modell-med-feil>
      </div>`);
      const [nn, en] = [...box.querySelectorAll('modell-med-feil')] as InnovasjonModell[];
      await Promise.all([nn.updateComplete, en.updateComplete]);
      // Updates after the failure ask for nothing again.
      nn.requestUpdate();
      await nn.updateComplete;
      expect(nn.shadowRoot!.querySelector('[part="error"][role="alert"]')!.textContent).to.equal(
        'Ein del av modellen kunne ikkje lastast. Last inn sida på nytt for å prøve igjen.',
      );
      expect(en.shadowRoot!.querySelector('[part="error"][role="alert"]')!.textContent).to.equal(
        'Part of the model could not be loaded. Reload the page to try again.',
      );
      // The rest of the element works.
      const harness = new ModelHarness(nn);
      expect(harness.parts()).to.have.length(5);
      await harness.click('kjerne');
      expect(harness.heading).to.equal('Kultur for innovasjon');
    });
    expect(attempts).to.equal(2);
    expect(errors.filter((line) => line.includes('could not load the broken part'))).to.deep.equal([
      '<modell-med-feil>: could not load the broken part. Error: offline',
    ]);
  });

  it('a chunk that fails once and then loads is used, with no message', async () => {
    let attempts = 0;
    let attached = 0;
    withFeature('modell-med-omforsok', {
      chunk: new Chunk('a flaky part', () =>
        ++attempts === 1 ? Promise.reject(new Error('dropped')) : Promise.resolve({ attach: () => (attached++, {}) }),
      ),
      wanted: () => true,
    });
    const errors = await captureConsole('error', async () => {
      const box = await fixture(html`<div style="width: 600px"><modell-med-omforsok></modell-med-omforsok></div>`);
      const model = box.querySelector('modell-med-omforsok') as InnovasjonModell;
      await model.updateComplete;
      expect(model.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });
    expect([attempts, attached]).to.deep.equal([2, 1]);
    expect(errors).to.deep.equal([]);
  });

  it('updateComplete waits for the open part’s texts, the panel and its film and questions', async () => {
    const box = await fixture(html`<div style="width: 900px"><innovasjon-modell lang="en"></innovasjon-modell></div>`);
    const model = box.querySelector('innovasjon-modell')!;
    model.selected = 'laere-og-endre-praksis';
    await model.updateComplete;
    const harness = new ModelHarness(model);
    expect(harness.heading).to.equal(en.practices[3].title);
    expect(harness.questions('self')).to.not.be.empty;
    expect(harness.panelRoot.querySelector('innovasjon-modell-film')!.shadowRoot!.childElementCount).to.be.above(0);
  });
});
