import { expect } from '@open-wc/testing';
import { fitArcLabel } from '../../src/geometry/arc-label.js';
import type { AnnularSector } from '../../src/geometry/regions.js';

/** Widths of a monospace font: 0.6 em per character. */
const monospace = (text: string) => [...text].length * 0.6;
const options = { maxFontSize: 20, minFontSize: 12, margin: 6, padAngle: 0.03 };
const quarter = (index: number): AnnularSector => ({
  kind: 'sector',
  startAngle: (index * Math.PI) / 2,
  endAngle: ((index + 1) * Math.PI) / 2,
  innerRadius: 60,
  outerRadius: 132,
});

describe('geometry: labels along a ring segment', () => {
  it('fits every line within its arc, measured at the line\'s inner edge, and across the ring', () => {
    const label = fitArcLabel('Innby til samarbeid og involvering', quarter(2), monospace, options);
    expect(label.fits).to.equal(true);
    expect(label.fontSize).to.be.at.least(12);
    const arc = label.arc;
    const span = arc.endAngle - arc.startAngle;
    label.lines.forEach((line, i) => {
      const innerEdge = arc.radii[i] - label.lineHeight / 2;
      expect(monospace(line) * label.fontSize, line).to.be.at.most(span * innerEdge - 2 * options.margin);
    });
    const radii = [...arc.radii].sort((a, b) => a - b);
    expect(radii[0] - label.lineHeight / 2).to.be.at.least(60 + options.margin - 1e-9);
    expect(radii[radii.length - 1] + label.lineHeight / 2).to.be.at.most(132 - options.margin + 1e-9);
  });

  it('reads upright: outside-in and clockwise above, inside-out and counter-clockwise below', () => {
    const above = fitArcLabel('Se muligheter og vise retning', quarter(0), monospace, options);
    const below = fitArcLabel('Innby til samarbeid og involvering', quarter(2), monospace, options);
    expect(above.arc.reversed).to.equal(false);
    expect(below.arc.reversed).to.equal(true);
    expect(above.arc.radii[0]).to.be.above(above.arc.radii[above.arc.radii.length - 1]);
    expect(below.arc.radii[0]).to.be.below(below.arc.radii[below.arc.radii.length - 1]);
    // Each character turns with the ring: never more than a quarter turn from upright.
    for (const label of [above, below]) {
      for (const glyph of label.arc.glyphs.flat()) {
        const turn = ((glyph.rotate % 360) + 540) % 360 - 180;
        expect(Math.abs(turn)).to.be.at.most(90);
      }
    }
    // Along a line, characters follow one another in reading order.
    const [first, second] = below.arc.glyphs[0];
    expect(second.x).to.be.above(first.x - 1e-9);
  });

  it('keeps the content\'s own line breaks where they fit, and otherwise breaks freely', () => {
    expect(fitArcLabel('Vise tillit\nog risikovilje', quarter(1), monospace, options).lines).to.deep.equal(['Vise tillit', 'og risikovilje']);
    const lone = fitArcLabel('Se\nmuligheter og vise retning', quarter(0), monospace, options);
    expect(lone.lines[0], 'a lone short word is not kept as a line').to.not.equal('Se');
    expect(lone.lines.join(' ')).to.equal('Se muligheter og vise retning');
  });

  it('says so when a label cannot fit even at the smallest size', () => {
    const thin: AnnularSector = { ...quarter(0), innerRadius: 120 };
    expect(fitArcLabel('Innby til samarbeid og involvering', thin, monospace, options).fits).to.equal(false);
  });
});
