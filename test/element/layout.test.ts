import { expect } from '@open-wc/testing';
import { PRACTICE_IDS } from '../../src/model/types.js';
import { ModelHarness, renderModel } from '../support/model.js';

const centre = (box: DOMRect) => box.left + box.width / 2;

describe('<innovasjon-modell>: layout', () => {
  it('with a panel open beside the diagram, the buttons sit under the diagram, and Tab reaches the panel first', async () => {
    const harness = new ModelHarness(await renderModel(1000));
    await harness.open(PRACTICE_IDS[0]);
    const diagram = harness.diagram.getBoundingClientRect();
    const panel = harness.panel!.getBoundingClientRect();
    expect(panel.left, 'the panel is beside the diagram').to.be.at.least(diagram.right - 1);
    const present = harness.presentButton.getBoundingClientRect();
    const exporter = harness.exportButton.getBoundingClientRect();
    for (const button of [present, exporter]) {
      expect(button.right, 'inside the diagram column').to.be.at.most(diagram.right + 1);
      expect(button.top, 'under the diagram').to.be.at.least(diagram.bottom);
      expect(button.top, 'right under it, not under the panel').to.be.below(panel.bottom);
    }
    const group = (Math.min(present.left, exporter.left) + Math.max(present.right, exporter.right)) / 2;
    expect(Math.abs(group - centre(diagram)), 'centred under the diagram').to.be.below(2);
    // The panel comes before the buttons in the document, so focus reaches it first.
    const position = harness.panel!.compareDocumentPosition(harness.presentButton);
    expect(position & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('centres the text version\'s disclosure, as everything else under the diagram is', async () => {
    const harness = new ModelHarness(await renderModel(600));
    const summary = harness.element.shadowRoot!.querySelector('[part="outline"] summary, .outline > summary')!.getBoundingClientRect();
    const diagram = harness.diagram.getBoundingClientRect();
    expect(summary.width).to.be.below(diagram.width * 0.9);
    expect(Math.abs(centre(summary) - centre(diagram))).to.be.below(2);
  });
});
