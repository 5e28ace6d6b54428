import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fetched, renderPreloaded } from '../support/preload.js';
import '../../src/define.js';

// Its own file, so no texts are in the page yet: a module is fetched once per page.
describe('<innovasjon-modell>: what a keyboard user brings in', () => {
  it('fetches the texts and the panel\'s words when focus comes into the model, before a key opens a part', async () => {
    // After the idle-time preload, which fetches neither.
    const { model } = await renderPreloaded(900);
    const start = document.createElement('button');
    start.textContent = 'before the model';
    model.before(start);
    start.focus();
    expect(fetched('nb/details') || fetched('nb/tools'), 'texts or words before focus comes in').to.equal(false);

    await sendKeys({ press: 'Tab' });
    expect(model.shadowRoot!.activeElement?.getAttribute('data-part'), 'focus is on the first part').to.equal('kjerne');
    await waitUntil(() => fetched('nb/details') && fetched('nb/tools'), 'its texts and words once focus is in it', { timeout: 3000 });
    start.remove();
  });
});
