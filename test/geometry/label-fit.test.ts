import { expect } from '@open-wc/testing';
import { layoutDiagram } from '../../src/geometry/diagram-layout.js';
import { fitLabel } from '../../src/geometry/label-fit.js';
import { boxFits, direction, largestScale, type AnnularSector, type Region } from '../../src/geometry/regions.js';

/** Numbers in [0, 1) in a fixed sequence from `seed`, so a failure can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
}

/** Every character half an em wide: simple enough to check results by hand. */
const monospace = (line: string) => line.length * 0.5;

const TOP_RIGHT: AnnularSector = {
  kind: 'sector',
  startAngle: 0,
  endAngle: Math.PI / 2,
  innerRadius: 50,
  outerRadius: 150,
};

describe('geometry: boxes in regions', () => {
  it('accepts a box well inside a quarter ring and rejects one that crosses an edge', () => {
    expect(boxFits({ x0: 40, y0: -100, x1: 90, y1: -60 }, TOP_RIGHT, 2)).to.equal(true);
    expect(boxFits({ x0: -5, y0: -100, x1: 40, y1: -60 }, TOP_RIGHT, 2), 'left of 12 o\'clock').to.equal(false);
    expect(boxFits({ x0: 10, y0: -40, x1: 40, y1: -10 }, TOP_RIGHT, 2), 'in the hole').to.equal(false);
    expect(boxFits({ x0: 90, y0: -140, x1: 130, y1: -100 }, TOP_RIGHT, 2), 'past the rim').to.equal(false);
  });

  it('keeps the margin free on every side', () => {
    const box = { x0: 10, y0: -100, x1: 60, y1: -60 };
    expect(boxFits(box, TOP_RIGHT, 9)).to.equal(true);
    expect(boxFits(box, TOP_RIGHT, 11)).to.equal(false);
  });

  it('checks discs by their farthest corner', () => {
    expect(boxFits({ x0: -30, y0: -30, x1: 30, y1: 30 }, { kind: 'disc', radius: 43 }, 0)).to.equal(true);
    expect(boxFits({ x0: -30, y0: -30, x1: 30, y1: 30 }, { kind: 'disc', radius: 42 }, 0)).to.equal(false);
  });
});

describe('geometry: the largest scale a box fits at', () => {
  /** A box of half extents scale·w × scale·h about (x, y). */
  const boxAt = (x: number, y: number, w: number, h: number, scale: number) => ({
    x0: x - w * scale,
    x1: x + w * scale,
    y0: y - h * scale,
    y1: y + h * scale,
  });
  const REGIONS: Region[] = [
    TOP_RIGHT,
    { kind: 'sector', startAngle: Math.PI / 2, endAngle: Math.PI, innerRadius: 80, outerRadius: 200 },
    { kind: 'sector', startAngle: Math.PI, endAngle: 1.5 * Math.PI, innerRadius: 20, outerRadius: 60 },
    { kind: 'sector', startAngle: 1.6 * Math.PI, endAngle: 2 * Math.PI, innerRadius: 0, outerRadius: 120 },
    { kind: 'disc', radius: 70 },
  ];

  it('agrees with boxFits just below and just above the scale it gives, for boxes anywhere in the region', () => {
    const random = seededRandom(7);
    let checked = 0;
    for (const region of REGIONS) {
      const reach = region.kind === 'disc' ? region.radius : region.outerRadius;
      for (let i = 0; i < 400; i++) {
        const x = (random() * 2 - 1) * reach;
        const y = (random() * 2 - 1) * reach;
        const w = 0.2 + random() * 4;
        const h = 0.3 + random() * 2;
        const margin = random() * 6;
        const scale = largestScale(x, y, w, h, region, margin);
        if (scale < 0) {
          expect(boxFits(boxAt(x, y, w, h, 1e-6), region, margin), `no scale at (${x}, ${y})`).to.equal(false);
          continue;
        }
        checked++;
        expect(boxFits(boxAt(x, y, w, h, scale * (1 - 1e-7)), region, margin), `fits below ${scale} at (${x}, ${y})`).to.equal(true);
        expect(boxFits(boxAt(x, y, w, h, scale * (1 + 1e-6) + 1e-9), region, margin), `too big above ${scale} at (${x}, ${y})`).to.equal(false);
      }
    }
    // Enough boxes fitted somewhere for the check to mean something.
    expect(checked).to.be.above(300);
  });

  it('rises and then falls along a ray outwards, never the other way (label fitting walks rays up the slope)', () => {
    const random = seededRandom(11);
    let rising = 0;
    for (const region of REGIONS) {
      if (region.kind !== 'sector') continue;
      for (let i = 0; i < 200; i++) {
        const angle = region.startAngle + (0.05 + 0.9 * random()) * (region.endAngle - region.startAngle);
        const w = 0.2 + random() * 4;
        const h = 0.3 + random() * 2;
        const margin = random() * 6;
        const scales = Array.from({ length: 60 }, (_, k) => {
          const radius = (region.outerRadius * k) / 59;
          const [x, y] = direction(angle);
          return largestScale(x * radius, y * radius, w, h, region, margin);
        });
        const peak = scales.indexOf(Math.max(...scales));
        const where = `at ${angle.toFixed(3)} rad, box ${w.toFixed(2)} × ${h.toFixed(2)}, margin ${margin.toFixed(2)}`;
        for (let k = 1; k <= peak; k++) expect(scales[k], `rising up to the peak ${where}`).to.be.at.least(scales[k - 1] - 1e-9);
        for (let k = peak + 1; k < scales.length; k++) expect(scales[k], `falling after the peak ${where}`).to.be.at.most(scales[k - 1] + 1e-9);
        if (peak > 0 && scales[0] < scales[peak]) rising++;
      }
    }
    // Most rays have room that grows before it shrinks, so both halves of the check are used.
    expect(rising).to.be.above(300);
  });
});

describe('geometry: fitting labels', () => {
  const options = { maxFontSize: 30, minFontSize: 8, margin: 4 };

  it('finds the largest font size that fits, and the box it reports does fit', () => {
    const fitted = fitLabel('Lære og endre praksis', TOP_RIGHT, monospace, options);
    expect(fitted.fits).to.equal(true);
    expect(boxFits(fitted.box, TOP_RIGHT, options.margin)).to.equal(true);
    const larger = { ...fitted, fontSize: fitted.fontSize + 0.5 };
    // Half a point larger no longer fits anywhere.
    expect(fitLabel('Lære og endre praksis', TOP_RIGHT, monospace, { ...options, minFontSize: larger.fontSize }).fits).to.equal(false);
  });

  it('prefers even lines to ragged ones', () => {
    const fitted = fitLabel('Innby til samarbeid og involvering', TOP_RIGHT, monospace, options);
    const lengths = fitted.lines.map((line) => line.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).to.be.at.most(8);
  });

  it('keeps given lines as they are', () => {
    const fitted = fitLabel(['Nysgjerrighet', 'Mot', 'Åpenhet'], { kind: 'disc', radius: 60 }, monospace, options);
    expect(fitted.lines).to.deep.equal(['Nysgjerrighet', 'Mot', 'Åpenhet']);
    expect(fitted.fits).to.equal(true);
  });

  it('says so when a label cannot fit even at the smallest size', () => {
    const fitted = fitLabel('x'.repeat(200), TOP_RIGHT, monospace, options);
    expect(fitted.fits).to.equal(false);
    expect(fitted.fontSize).to.equal(options.minFontSize);
  });

  it('lays out four segments clockwise from 12 o\'clock, each a quarter turn', () => {
    const layout = layoutDiagram(400, { core: ['A', 'B', 'C'], practices: ['a', 'b', 'c', 'd'] }, monospace);
    expect(layout.segments.map((s) => s.region.startAngle / (Math.PI / 2))).to.deep.equal([0, 1, 2, 3]);
    expect(layout.segments.every((s) => s.path.startsWith('M'))).to.equal(true);
    expect(layout.core.radius).to.be.below(layout.segments[0].region.innerRadius);
    expect(layout.segments[0].region.outerRadius).to.be.at.most(200);
  });
});
