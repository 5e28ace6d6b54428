import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { captureConsole } from '../support/console.js';
import { ModelHarness, presentButton, realClick, renderModel } from '../support/model.js';

/** What iPhone and iPad users run into, checked in every engine (and so in WebKit too). */
describe('<innovasjon-modell>: what Safari users run into', () => {
  const barOf = (model: InnovasjonModell) =>
    model.shadowRoot!.querySelector('innovasjon-modell-presenter-bar')?.shadowRoot?.querySelector('[part="presenter-bar"]');

  /** Starts presenting by a real click on the present button, as a presenter would. */
  async function presentByClick(model: InnovasjonModell): Promise<string[]> {
    return captureConsole('error', async () => {
      await realClick(presentButton(model));
      await waitUntil(() => barOf(model), 'the step bar shows');
      await model.updateComplete;
    });
  }

  function expectFillsViewport(model: InnovasjonModell): void {
    const box = model.getBoundingClientRect();
    expect([box.left, box.top].map(Math.round)).to.deep.equal([0, 0]);
    expect([box.width, box.height].map(Math.round)).to.deep.equal([window.innerWidth, window.innerHeight]);
  }

  it('presenter mode fills the viewport where there is no Fullscreen API (iPhone)', async () => {
    const model = await renderModel(600);
    // As on iPhone: the element has no requestFullscreen at all.
    Object.defineProperty(model, 'requestFullscreen', { value: undefined, configurable: true });
    const errors = await presentByClick(model);
    expect(errors).to.deep.equal([]);
    expect(model.presenting).to.equal(true);
    expect(document.fullscreenElement).to.equal(null);
    expectFillsViewport(model);
    await sendKeys({ press: 'Escape' });
    await model.updateComplete;
    expect(model.presenting).to.equal(false);
  });

  it('presenter mode fills the viewport where full screen is refused', async () => {
    const model = await renderModel(600);
    let asked = 0;
    Object.defineProperty(model, 'requestFullscreen', {
      value: () => {
        asked += 1;
        return Promise.reject(new TypeError('Fullscreen request denied'));
      },
      configurable: true,
    });
    const errors = await presentByClick(model);
    expect(asked, 'full screen was asked for').to.equal(1);
    expect(errors).to.deep.equal([]);
    expect(model.presenting).to.equal(true);
    expectFillsViewport(model);
    model.presenterStep(1);
    await model.updateComplete;
    expect(model.selected).to.equal(CORE_ID);
    model.presenting = false;
    await model.updateComplete;
  });

  it('the diagram has the roles VoiceOver needs to enter it', async () => {
    const harness = new ModelHarness(await renderModel(900, { selected: PRACTICE_IDS[2] }));
    const svg = harness.drawing;
    // An <svg> without a role is one image to WebKit, and VoiceOver does not go inside it.
    expect(svg.getAttribute('role')).to.equal('toolbar');
    expect(svg.getAttribute('aria-label')).to.equal('Kultur for innovasjon');
    expect(svg.closest('[aria-hidden="true"]')).to.equal(null);
    const parts = harness.parts();
    expect(parts.map((part) => part.dataset.part)).to.deep.equal([CORE_ID, ...PRACTICE_IDS]);
    for (const part of parts) {
      // WebKit leaves out a <g> unless it has both a role and a name.
      expect(part.getAttribute('role'), part.dataset.part).to.equal('button');
      expect(part.getAttribute('aria-label')?.trim(), part.dataset.part).to.not.equal('');
      expect(part.getAttribute('aria-expanded'), part.dataset.part).to.equal(part.dataset.part === PRACTICE_IDS[2] ? 'true' : 'false');
      expect(part.closest('[aria-hidden="true"]'), part.dataset.part).to.equal(null);
      // Focusable, so VoiceOver's cursor and the keyboard reach it.
      part.focus();
      expect(harness.element.shadowRoot!.activeElement, part.dataset.part).to.equal(part);
    }
    // The drawn words are hidden, so VoiceOver does not read a label twice.
    for (const id of [CORE_ID, ...PRACTICE_IDS]) {
      expect(harness.label(id).closest('[aria-hidden="true"]'), id).to.not.equal(null);
    }
  });
});
