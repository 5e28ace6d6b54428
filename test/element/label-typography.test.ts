import { expect } from '@open-wc/testing';
import { PRACTICE_IDS } from '../../src/model/types.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { linePoints } from '../support/label-geometry.js';
import { ModelHarness, renderModel } from '../support/model.js';

/** A serif, the sans-serif `system-ui` is here (DejaVu Sans), and a narrow face. */
const FONT_STACKS = ['"DejaVu Serif", Georgia, serif', 'system-ui, sans-serif', '"Liberation Sans Narrow", "Arial Narrow", sans-serif'];
const WIDTHS = [280, 320, 400, 480, 560, 640, 720, 800, 960, 1200];
/** A lone word this short on a line of its own reads as a stray («og», «til»). */
const SHORT_WORD = 3;
const MIN_FONT_PX = 12;

/** What a typographer would object to in the labels as drawn: each line's box, size and words. */
function typographyProblems(model: InnovasjonModell, where: string): string[] {
  const harness = new ModelHarness(model);
  const problems: string[] = [];
  for (const part of harness.parts()) {
    const id = part.dataset.part!;
    const text = harness.label(id);
    const shape = part.querySelector<SVGGeometryElement>('.shape')!;
    const lines = [...text.querySelectorAll('tspan')];
    const words = lines.map((line) => line.textContent!.trim());
    // The size on screen: the text's own size, scaled as the drawing is.
    const px = parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 1);
    const say = (problem: string) => problems.push(`${where} ${id} «${words.join(' / ')}»: ${problem}`);
    if (px < MIN_FONT_PX - 0.05) say(`${px.toFixed(1)} px, under ${MIN_FONT_PX}`);
    // The core's lines are its three values, one each, however short.
    if (id !== 'kjerne' && lines.length > 1) {
      const strays = words.filter((line) => !line.includes(' ') && [...line].length <= SHORT_WORD);
      if (strays.length) say(`lone short word(s) ${strays.join(', ')}`);
      const widths = lines.map((line) => line.getComputedTextLength());
      if (Math.min(...widths) < Math.max(...widths) / 3) say(`unbalanced lines ${widths.map((w) => w.toFixed(0)).join('/')}`);
    }
    for (const line of lines) {
      const outside = linePoints(line).filter((point) => !shape.isPointInFill(point));
      if (outside.length) say(`line «${line.textContent}» leaves its shape at ${outside.length} points`);
    }
  }
  return problems;
}

describe('<innovasjon-modell>: label typography', () => {
  for (const font of FONT_STACKS) {
    it(`reads well from 280 to 1200 px, closed and open, in ${font.split(',')[0]}`, async function () {
      this.timeout(60000);
      expect(document.fonts.check(`600 16px ${font.split(',')[0]}`), 'the font is installed').to.equal(true);
      const problems: string[] = [];
      for (const width of WIDTHS) {
        const model = await renderModel(width, { font });
        problems.push(...typographyProblems(model, `${width} px closed:`));
        model.selected = PRACTICE_IDS[2];
        await model.updateComplete;
        problems.push(...typographyProblems(model, `${width} px open:`));
        model.parentElement!.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('keeps the content\'s own line breaks where they fit, and breaks freely where they do not', async () => {
    const model = await renderModel(800, { font: FONT_STACKS[1] });
    const content = structuredClone(model.shownContent);
    content.practices[0].label = 'Se muligheter\nog vise retning';
    model.content = content;
    await model.updateComplete;
    const harness = new ModelHarness(model);
    const lines = () => [...harness.label(PRACTICE_IDS[0]).querySelectorAll('tspan')].map((line) => line.textContent);
    expect(lines()).to.deep.equal(['Se muligheter', 'og vise retning']);
    // The accessible name reads the label as one phrase.
    expect(harness.part(PRACTICE_IDS[0]).getAttribute('aria-label')).to.equal('Se muligheter og vise retning');

    content.practices[0].label = 'Se\nmuligheter og vise retning';
    model.content = structuredClone(content);
    await model.updateComplete;
    expect(lines().join(' ')).to.equal('Se muligheter og vise retning');
    expect(lines()[0], 'a lone short word is not kept as a line').to.not.equal('Se');
  });
});
