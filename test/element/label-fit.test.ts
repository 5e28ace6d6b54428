import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en/content.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { linePoints } from '../support/label-geometry.js';
import { diagramOf, labelOf, partsOf, renderModel } from '../support/model.js';

/** Every label's drawn lines, checked point by point against its own shape. */
function labelsOutsideTheirShape(model: InnovasjonModell): string[] {
  const problems: string[] = [];
  for (const part of partsOf(model)) {
    const shape = part.querySelector<SVGGeometryElement>('.shape')!;
    const label = labelOf(model, part.dataset.part!);
    for (const line of label.querySelectorAll('tspan')) {
      const outside = linePoints(line).filter((point) => !shape.isPointInFill(point));
      if (outside.length) {
        const [first] = outside;
        problems.push(`${part.dataset.part} «${line.textContent}»: ${outside.length} points outside, e.g. ${first.x.toFixed(1)},${first.y.toFixed(1)}`);
      }
    }
  }
  return problems;
}

function svgSize(model: InnovasjonModell): number {
  return Number(diagramOf(model).querySelector('svg')!.getAttribute('width'));
}

describe('<innovasjon-modell>: labels fit their segments', () => {
  for (const width of [280, 320, 480, 800, 1200]) {
    it(`at ${width} px no label's box leaves its segment or the core`, async () => {
      const model = await renderModel(width);
      expect(svgSize(model)).to.be.at.most(width);
      expect(labelsOutsideTheirShape(model)).to.deep.equal([]);
      // Nothing is clipped: the drawing stays inside the element's box.
      const host = model.getBoundingClientRect();
      const svg = diagramOf(model).querySelector('svg')!.getBoundingClientRect();
      expect(svg.left).to.be.at.least(host.left - 0.5);
      expect(svg.right).to.be.at.most(host.right + 0.5);
    });
  }

  it('draws every practice label at one size, at least 12 px in a 280 px box with a sans-serif font', async () => {
    const model = await renderModel(280, { font: 'sans-serif' });
    const sizes = partsOf(model)
      .slice(1)
      .map((part) => Number(labelOf(model, part.dataset.part!).getAttribute('font-size')));
    expect(new Set(sizes).size).to.equal(1);
    expect(sizes[0]).to.be.at.least(12);
  });

  it('fits the longer English labels too', async () => {
    const model = await renderModel(280, { lang: 'en' });
    // The English chunk loads on demand.
    await waitUntil(() => partsOf(model)[1].getAttribute('aria-label')?.startsWith(en.practices[0].label.replace('\n', ' ')));
    await model.updateComplete;
    expect(labelsOutsideTheirShape(model)).to.deep.equal([]);
  });

  it('fits its labels again when a web font arrives after the first render', async () => {
    const family = "'Late Test Font', sans-serif";
    const drawn = (model: InnovasjonModell) =>
      partsOf(model).map((part) => {
        const label = labelOf(model, part.dataset.part!);
        return `${label.getAttribute('font-size')} ${[...label.querySelectorAll('tspan')].map((t) => t.textContent).join('|')}`;
      });
    const early = await renderModel(480, { font: family });
    const before = drawn(early);
    // The «web font» is a wide system font under another name, so nothing is fetched.
    const face = new FontFace('Late Test Font', "local('DejaVu Sans Mono'), local('DejaVuSansMono')", { weight: '100 900' });
    document.fonts.add(face);
    try {
      await face.load();
      await document.fonts.ready;
      await waitUntil(() => drawn(early).join() !== before.join(), 'the labels are fitted again', { timeout: 3000 });
      await early.updateComplete;
      const late = await renderModel(480, { font: family });
      expect(drawn(late), 'the new font changes the fit').to.not.deep.equal(before);
      expect(drawn(early)).to.deep.equal(drawn(late));
      expect(labelsOutsideTheirShape(early)).to.deep.equal([]);
    } finally {
      document.fonts.delete(face);
    }
  });

  it('follows its container when it is resized', async () => {
    const model = await renderModel(600);
    const box = model.parentElement!;
    box.style.width = '300px';
    for (let i = 0; i < 10 && svgSize(model) !== 300; i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await model.updateComplete;
    }
    expect(svgSize(model)).to.equal(300);
    expect(labelsOutsideTheirShape(model)).to.deep.equal([]);
  });
});
