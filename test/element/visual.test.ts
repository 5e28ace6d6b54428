import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { emulate } from '../support/media.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import { contrastRatio, systemColor } from '../support/contrast.js';
import { diagramOf, labelOf, ModelHarness, panelRoot, partById, partsOf, renderModel } from '../support/model.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';

const ALL_PARTS = [CORE_ID, ...PRACTICE_IDS];

const fillOf = (element: Element) => getComputedStyle(element).fill;

/** Waits for running CSS transitions, so computed colours are the end values. */
async function transitionsDone(model: InnovasjonModell): Promise<void> {
  await Promise.all(
    model.shadowRoot!.getAnimations().map((animation) => animation.finished),
  );
}
const shapeOf = (model: InnovasjonModell, id: string) => partById(model, id).querySelector('.shape')!;

/** Every label against its own part's fill, closed and open (the pointer rests elsewhere). */
async function labelContrasts(model: InnovasjonModell): Promise<number[]> {
  const ratios: number[] = [];
  for (const id of ALL_PARTS) {
    for (const selected of ['', id]) {
      model.selected = selected as InnovasjonModell['selected'];
      await model.updateComplete;
      await transitionsDone(model);
      ratios.push(contrastRatio(fillOf(labelOf(model, id)), fillOf(shapeOf(model, id))));
    }
  }
  return ratios;
}

const emulateFeatures = (features: Array<{ name: string; value: string }>) => emulate({ features });

describe('<innovasjon-modell>: colour, contrast and motion', () => {
  afterEach(async () => {
    await emulateFeatures([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`labels have 4.5:1 contrast on their fills, closed and open (${theme})`, async () => {
      const model = await renderModel();
      model.setAttribute('theme', theme);
      const ratios = await labelContrasts(model);
      expect(Math.min(...ratios)).to.be.at.least(4.5);
    });

    it(`axe finds no violations in the ${theme} theme, closed and with a part open`, async () => {
      const model = await renderModel(900);
      model.setAttribute('theme', theme);
      await model.updateComplete;
      await expect(model).to.be.accessible();
      model.selected = PRACTICE_IDS[2];
      await model.updateComplete;
      await expect(model).to.be.accessible();
    });
  }

  it('follows prefers-color-scheme: dark unless a theme is forced', async function () {
    const model = await renderModel(900, { selected: CORE_ID });
    const panelBackground = () => getComputedStyle(panelRoot(model).querySelector('.panel')!).backgroundColor;
    const light = panelBackground();
    if (!(await emulateFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
    await model.updateComplete;
    const dark = panelBackground();
    expect(contrastRatio(light, dark)).to.be.above(10);
    await expect(model).to.be.accessible();
    model.setAttribute('theme', 'light');
    await model.updateComplete;
    expect(panelBackground()).to.equal(light);
  });

  it('shows keyboard focus with a ring of 3 px or more at 3:1 against the page', async () => {
    const model = await renderModel();
    partsOf(model)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await model.updateComplete;
    const ring = partById(model, PRACTICE_IDS[0]).querySelector('.ring')!;
    const style = getComputedStyle(ring);
    expect(parseFloat(style.strokeWidth)).to.be.at.least(3);
    expect(contrastRatio(style.stroke, 'rgb(255, 255, 255)')).to.be.at.least(3);
    expect(contrastRatio(style.stroke, fillOf(shapeOf(model, PRACTICE_IDS[0])))).to.be.at.least(3);
  });

  it('stops transitions when the reader prefers reduced motion', async function () {
    const model = await renderModel();
    const duration = () => getComputedStyle(shapeOf(model, PRACTICE_IDS[0])).transitionDuration;
    expect(duration()).to.not.equal('0s');
    if (!(await emulateFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
    await model.updateComplete;
    expect(duration()).to.equal('0s');
  });

  it('keeps parts apart and the selection visible in forced colours', async function () {
    const model = await renderModel(900, { selected: PRACTICE_IDS[1] });
    if (!(await emulateFeatures([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    await model.updateComplete;
    await transitionsDone(model);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(fillOf(shapeOf(model, PRACTICE_IDS[1]))).to.equal(systemColor('Highlight'));
    expect(fillOf(shapeOf(model, PRACTICE_IDS[0]))).to.equal(systemColor('Canvas'));
    // Parts are told apart by their outlines and labels, not colour.
    expect(getComputedStyle(shapeOf(model, PRACTICE_IDS[0])).stroke).to.equal(systemColor('CanvasText'));
    expect(fillOf(labelOf(model, PRACTICE_IDS[0]))).to.equal(systemColor('CanvasText'));
    expect(diagramOf(model)).to.exist;
    // Hover keeps to system colours too: the part is outlined in the highlight colour.
    await new ModelHarness(model).hover(PRACTICE_IDS[2]);
    await transitionsDone(model);
    expect(getComputedStyle(shapeOf(model, PRACTICE_IDS[2])).stroke).to.equal(systemColor('Highlight'));
    expect(fillOf(shapeOf(model, PRACTICE_IDS[2]))).to.equal(systemColor('Canvas'));
    await resetMouse();
  });

  it('reflows at 320 px with text at 200 %: nothing scrolls sideways, labels still fit', async () => {
    const model = await renderModel(320, { selected: PRACTICE_IDS[2] });
    model.parentElement!.style.fontSize = '200%';
    await model.updateComplete;
    for (const box of [model, panelRoot(model).querySelector('.panel')!]) {
      expect(box.scrollWidth, box.nodeName).to.be.at.most(box.clientWidth + 1);
    }
    expect(panelRoot(model).querySelector('.panel')!.getBoundingClientRect().right).to.be.at.most(
      model.getBoundingClientRect().right + 0.5,
    );
  });

  it('gives every pointer target at least 24 × 24 px', async () => {
    const model = await renderModel(280, { selected: PRACTICE_IDS[0] });
    const targets: Element[] = [
      ...partsOf(model),
      panelRoot(model).querySelector('[part="close-button"]')!,
      model.shadowRoot!.querySelector('details.outline > summary')!,
    ];
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.nodeName).to.be.at.least(24);
    }
  });
});
