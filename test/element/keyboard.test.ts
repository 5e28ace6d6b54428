import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressChord } from '../support/input.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import {
  deepActiveElement,
  exportButton,
  panelOf,
  panelRoot,
  partById,
  partsOf,
  presentButton,
  renderModel,
} from '../support/model.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';

const ORDER = [CORE_ID, ...PRACTICE_IDS];

async function press(model: InnovasjonModell, key: string): Promise<void> {
  await sendKeys({ press: key });
  await model.updateComplete;
}

function focusedPart(): string | undefined {
  return (deepActiveElement() as SVGGElement | null)?.dataset?.part;
}

/** Adds a button before the element so Tab has somewhere to come from. */
function addButtonBefore(model: InnovasjonModell): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'før';
  model.parentElement!.before(before);
  return before;
}

describe('<innovasjon-modell>: keyboard', () => {
  it('is one tab stop; arrows go clockwise around core and ring and wrap; Home and End', async () => {
    const model = await renderModel();
    const before = addButtonBefore(model);
    before.focus();
    await press(model, 'Tab');
    expect(focusedPart()).to.equal(CORE_ID);
    expect(partsOf(model).filter((p) => p.tabIndex === 0)).to.have.length(1);

    for (const id of [...ORDER.slice(1), CORE_ID]) {
      await press(model, 'ArrowRight');
      expect(focusedPart()).to.equal(id);
    }
    await press(model, 'ArrowLeft');
    expect(focusedPart()).to.equal(PRACTICE_IDS[3]);
    await press(model, 'ArrowUp');
    expect(focusedPart()).to.equal(PRACTICE_IDS[2]);
    await press(model, 'ArrowDown');
    expect(focusedPart()).to.equal(PRACTICE_IDS[3]);
    await press(model, 'Home');
    expect(focusedPart()).to.equal(CORE_ID);
    await press(model, 'End');
    expect(focusedPart()).to.equal(PRACTICE_IDS[3]);
    expect(partsOf(model).filter((p) => p.tabIndex === 0).map((p) => p.dataset.part)).to.deep.equal([
      PRACTICE_IDS[3],
    ]);
    before.remove();
  });

  it('Enter and Space open; Tab reaches the panel; Escape closes and returns focus', async () => {
    const model = await renderModel();
    partById(model, CORE_ID).focus();
    await press(model, 'ArrowRight');
    await press(model, 'Enter');
    expect(model.selected).to.equal(PRACTICE_IDS[0]);
    expect(focusedPart()).to.equal(PRACTICE_IDS[0]);

    await press(model, 'ArrowRight');
    await press(model, ' ');
    expect(model.selected).to.equal(PRACTICE_IDS[1]);

    // Tab leaves the diagram (one stop) and lands on the panel's close button.
    await press(model, 'Tab');
    expect(deepActiveElement()).to.equal(panelRoot(model).querySelector('[part="close-button"]'));

    await press(model, 'Escape');
    expect(panelOf(model)).to.equal(null);
    expect(model.selected).to.equal('');
    expect(focusedPart()).to.equal(PRACTICE_IDS[1]);

    // Tab out: the present button, the export's toggle, the text version's summary, then the page;
    // nothing traps focus.
    const after = document.createElement('button');
    after.textContent = 'etter';
    model.parentElement!.after(after);
    await press(model, 'Tab');
    expect(deepActiveElement()).to.equal(presentButton(model));
    await press(model, 'Tab');
    expect(deepActiveElement()).to.equal(exportButton(model));
    await press(model, 'Tab');
    expect(deepActiveElement()).to.equal(model.shadowRoot!.querySelector('details.outline > summary'));
    await press(model, 'Tab');
    expect(document.activeElement).to.equal(after);
    after.remove();
  });

  it('the close button, pressed with Enter, returns focus to the part that was open', async () => {
    const model = await renderModel(900, { selected: PRACTICE_IDS[2] });
    panelRoot(model).querySelector<HTMLButtonElement>('[part="close-button"]')!.focus();
    await press(model, 'Enter');
    expect(panelOf(model)).to.equal(null);
    expect(focusedPart()).to.equal(PRACTICE_IDS[2]);
  });

  it('the tab stop follows the open part, so Tab comes back to it', async () => {
    const model = await renderModel(900, { selected: PRACTICE_IDS[3] });
    const before = addButtonBefore(model);
    before.focus();
    await press(model, 'Tab');
    expect(focusedPart()).to.equal(PRACTICE_IDS[3]);
    before.remove();
  });

  it('keys with Ctrl, Alt or Meta are left to the page', async () => {
    const model = await renderModel();
    partById(model, CORE_ID).focus();
    await pressChord(['Control'], 'ArrowRight');
    await model.updateComplete;
    expect(focusedPart()).to.equal(CORE_ID);
  });
});
