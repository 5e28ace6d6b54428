import { balancedBreaks } from './line-breaks.js';
import { boxFits, direction, type Box, type Region } from './regions.js';

/** Measures the width of a line of text at a font size of 1 px (widths scale linearly). */
export type MeasureText = (line: string) => number;

export interface LabelFitOptions {
  /** Largest font size to try, in diagram units (1 unit = 1 CSS px). */
  maxFontSize: number;
  /** Smallest font size allowed; below it the label is reported as not fitting. */
  minFontSize: number;
  /** Space kept free between the text and the edge of its region. */
  margin: number;
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
}

/** A label broken into lines and placed inside its region. */
export interface FittedLabel {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** Centre of the text block. */
  x: number;
  y: number;
  /** The text block's bounding box. */
  box: Box;
  /** False when even the smallest font size did not fit; the label is then drawn at that size. */
  fits: boolean;
}

const FONT_STEP = 0.5;
const RADIAL_STEPS = 16;
const ANGULAR_OFFSETS = [0, -0.1, 0.1, -0.2, 0.2, -0.3, 0.3];

/**
 * The order in which centres are tried, as pairs of radial step and angular offset: nearest the
 * middle of the region first. It is the same for every sector, so it is worked out once.
 */
const CENTRE_ORDER: readonly number[] = Array.from({ length: (RADIAL_STEPS + 1) * ANGULAR_OFFSETS.length }, (_, i) => {
  const step = Math.floor(i / ANGULAR_OFFSETS.length);
  const offset = ANGULAR_OFFSETS[i % ANGULAR_OFFSETS.length];
  return { step, offset, distance: Math.abs(step / RADIAL_STEPS - 0.5) + Math.abs(offset) };
})
  .sort((a, b) => a.distance - b.distance)
  .flatMap(({ step, offset }) => [step, offset]);

/** Where a text block may be centred: along the middle of the region, nearest the middle first. */
function candidateCentres(region: Region): Array<[number, number]> {
  if (region.kind === 'disc') return [[0, 0]];
  const mid = (region.startAngle + region.endAngle) / 2;
  const span = region.endAngle - region.startAngle;
  const { innerRadius: r0, outerRadius: r1 } = region;
  const centres: Array<[number, number]> = [];
  for (let i = 0; i < CENTRE_ORDER.length; i += 2) {
    const radius = r0 + ((r1 - r0) * CENTRE_ORDER[i]) / RADIAL_STEPS;
    const [dx, dy] = direction(mid + CENTRE_ORDER[i + 1] * span);
    centres.push([dx * radius, dy * radius]);
  }
  return centres;
}

/**
 * Breaks a label into lines and places it inside a region at the largest font size that fits.
 * A list of strings is kept as given, one line each; a string is broken at spaces.
 * Pure: the caller supplies the text measure, so the same result comes out in tests and pages.
 */
export function fitLabel(
  label: string | readonly string[],
  region: Region,
  measure: MeasureText,
  options: LabelFitOptions,
): FittedLabel {
  const widths = new Map<string, number>();
  const widthAt1px = (line: string): number => {
    let width = widths.get(line);
    if (width === undefined) {
      width = measure(line);
      widths.set(line, width);
    }
    return width;
  };
  const widest = (lines: string[]) => Math.max(...lines.map(widthAt1px));
  // For each number of lines, its most balanced breaking: a handful of candidates, found in
  // polynomial time, however many words the label has.
  const breaks =
    typeof label === 'string' ? balancedBreaks(label.trim().split(/\s+/).filter(Boolean), widthAt1px) : [[...label]];
  // Fewest lines first; among as many lines, the most even (narrowest) breaking first.
  const candidates = breaks
    .map((lines) => ({ lines, widthEm: widest(lines) }))
    .sort((a, b) => a.lines.length - b.lines.length || a.widthEm - b.widthEm);
  const centres = candidateCentres(region);
  const lineHeightFactor = options.lineHeight ?? 1.2;
  // One scratch box for the thousands of trial placements; a result is built only for a fit.
  const trial: Box = { x0: 0, y0: 0, x1: 0, y1: 0 };

  const place = (lines: string[], widthEm: number, fontSize: number, x: number, y: number): FittedLabel => {
    const lineHeight = fontSize * lineHeightFactor;
    const halfWidth = (widthEm * fontSize) / 2;
    const halfHeight = (lineHeight * lines.length) / 2;
    const box = { x0: x - halfWidth, y0: y - halfHeight, x1: x + halfWidth, y1: y + halfHeight };
    return { lines, fontSize, lineHeight, x, y, box, fits: boxFits(box, region, options.margin) };
  };

  /** The first centre at which one breaking fits at a font size, in order of preference. */
  const fitAt = (lines: string[], widthEm: number, fontSize: number): FittedLabel | undefined => {
    const halfWidth = (widthEm * fontSize) / 2;
    const halfHeight = (fontSize * lineHeightFactor * lines.length) / 2;
    for (const [x, y] of centres) {
      trial.x0 = x - halfWidth;
      trial.x1 = x + halfWidth;
      trial.y0 = y - halfHeight;
      trial.y1 = y + halfHeight;
      if (boxFits(trial, region, options.margin)) return place(lines, widthEm, fontSize, x, y);
    }
    return undefined;
  };

  // A block that fits still fits when its font shrinks about the same centre, so each
  // breaking's largest size can be found by binary search. A breaking is worth a search only
  // if it fits one step above the best so far; most miss that first try and cost one pass.
  // The earliest breaking to reach the largest size wins, as the order of preference says.
  const sizeAt = (step: number) => options.minFontSize + step * FONT_STEP;
  const steps = Math.floor((options.maxFontSize - options.minFontSize) / FONT_STEP);
  let best: FittedLabel | undefined;
  let bestStep = -1;
  for (const { lines, widthEm } of candidates) {
    if (bestStep >= steps) break;
    const first = fitAt(lines, widthEm, sizeAt(bestStep + 1));
    if (!first) continue;
    best = first;
    let low = bestStep + 2;
    let high = steps;
    bestStep += 1;
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      const fitted = fitAt(lines, widthEm, sizeAt(mid));
      if (fitted) {
        best = fitted;
        bestStep = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
  }
  if (best) return best;

  // Nothing fits: draw the narrowest breaking at the smallest size and say so.
  const narrowest = candidates.reduce((best, next) => (next.widthEm < best.widthEm ? next : best));
  const [x, y] = centres[0];
  return place(narrowest.lines, narrowest.widthEm, options.minFontSize, x, y);
}
