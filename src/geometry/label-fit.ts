import { balancedBreaks, readsWell } from './line-breaks.js';
import { direction, scalesAt, type Box, type Region } from './regions.js';

/**
 * Measures the width of a line of text at a font size of 1 px (widths scale linearly). Fitting
 * asks for the same lines many times, so a measure that is slow should remember its widths, as
 * the diagram's canvas measure does.
 */
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

/** How a label set along its ring segment is drawn: each line on an arc about the centre. */
export interface ArcLines {
  /** Radius of each line's middle, in the order the lines are read. */
  radii: number[];
  /** The arc the lines are centred on (d3-shape angles), inside the segment's padding. */
  startAngle: number;
  endAngle: number;
  /** In the lower half the lines run counter-clockwise, so they read upright, left to right. */
  reversed: boolean;
  /**
   * Where each character of each line starts, on the line's arc, and its turn in degrees: SVG's
   * per-character `x`, `y` and `rotate` (plain text positioning, which every engine draws alike).
   */
  glyphs: Array<Array<{ x: number; y: number; rotate: number }>>;
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
  /** Set when the lines follow the ring (see `fitArcLabel`); straight lines otherwise. */
  arc?: ArcLines;
}

const FONT_STEP = 0.5;
/**
 * The content's own line breaks are kept when they fit at no less than this share of the size
 * the best free breaking reaches: a small loss of size for the lines the author meant.
 */
export const PREFERRED_SHARE = 0.9;

/** The lines a label's own line breaks give (`'Se muligheter\nog vise retning'`), or none. */
export function preferredLines(label: string): string[] | undefined {
  const lines = label.split('\n').map((line) => line.trim().replace(/\s+/g, ' ')).filter(Boolean);
  return lines.length > 1 ? lines : undefined;
}

/** A label's words, for line breaking. */
export function wordsOf(label: string): string[] {
  return label.trim().split(/\s+/).filter(Boolean);
}

/**
 * The label's own lines (see `preferredLines`) where they read well and `place` sets them at no
 * less than `PREFERRED_SHARE` of the size of `free`, the best free breaking; else `free`.
 */
export function withOwnLines<T extends { fontSize: number }>(
  free: T | undefined,
  label: string,
  width: MeasureText,
  place: (lines: string[]) => T | undefined,
): T | undefined {
  const own = preferredLines(label);
  if (!own || !readsWell(own, width)) return free;
  const kept = place(own);
  return kept && (!free || kept.fontSize >= free.fontSize * PREFERRED_SHARE) ? kept : free;
}

const RADIAL_STEPS = 16;
const ANGULAR_OFFSETS = [0, -0.1, 0.1, -0.2, 0.2, -0.3, 0.3];
/** A sector's centres, by index: `step · RAYS + ray`, where a ray is one angular offset. */
const RAYS = ANGULAR_OFFSETS.length;

/**
 * The order in which a sector's centres are tried: nearest the middle of the region first. It is
 * the same for every sector, so it is worked out once.
 */
const distances = Array.from(
  { length: (RADIAL_STEPS + 1) * RAYS },
  (_, i) => Math.abs(Math.floor(i / RAYS) / RADIAL_STEPS - 0.5) + Math.abs(ANGULAR_OFFSETS[i % RAYS]),
);
const CENTRE_ORDER = [...distances.keys()].sort((a, b) => distances[a] - distances[b]);

/** Where a text block may be centred: along the middle of the region (a disc's own centre). */
function candidateCentres(region: Region): Array<[number, number]> {
  if (region.kind === 'disc') return [[0, 0]];
  const mid = (region.startAngle + region.endAngle) / 2;
  const span = region.endAngle - region.startAngle;
  const { innerRadius: r0, outerRadius: r1 } = region;
  const rays = ANGULAR_OFFSETS.map((offset) => direction(mid + offset * span));
  const centres: Array<[number, number]> = [];
  for (let i = 0; i < distances.length; i++) {
    const radius = r0 + ((r1 - r0) * Math.floor(i / RAYS)) / RADIAL_STEPS;
    // Read by index, not destructured: in cold code that would run the iterator protocol.
    const towards = rays[i % RAYS];
    centres.push([towards[0] * radius, towards[1] * radius]);
  }
  return centres;
}

/**
 * Breaks a label into lines and places it inside a region at the largest font size that fits.
 * A list of strings is kept as given, one line each. A string is broken at spaces; its own line
 * breaks (`\n`) are kept where those lines read well and fit at nearly the size a free breaking
 * reaches. Pure: the caller supplies the text measure, so the same result comes out in tests and
 * pages.
 */
export function fitLabel(
  label: string | readonly string[],
  region: Region,
  measure: MeasureText,
  options: LabelFitOptions,
): FittedLabel {
  return labelFitter(label, region, measure, options)(options.maxFontSize);
}

/**
 * `fitLabel` for any largest size up to `options.maxFontSize`: the label's breakings are found
 * and measured, and the room each has at every centre is worked out, once. The ring's labels
 * are fitted at the largest size and then again at the size they all share.
 */
export function labelFitter(
  label: string | readonly string[],
  region: Region,
  measure: MeasureText,
  options: LabelFitOptions,
): (maxFontSize: number) => FittedLabel {
  const search = new FitSearch(region, options);
  const toCandidate = (lines: string[]) => search.candidate(lines, Math.max(...lines.map(measure)));
  // For each number of lines, its most balanced breaking, fewest lines first (the order of
  // preference on a tie): a handful of candidates, found in polynomial time, however many words
  // the label has.
  const candidates = (typeof label === 'string' ? balancedBreaks(wordsOf(label), measure) : [[...label]]).map(toCandidate);
  // The label's own lines are always the same ones: worked out at the first call.
  let own: Candidate | undefined;
  return (maxFontSize) => {
    const free = search.largest(candidates, maxFontSize);
    const chosen =
      typeof label === 'string'
        ? withOwnLines(free, label, measure, (lines) => search.largest([(own ??= toCandidate(lines))], maxFontSize))
        : free;
    if (chosen) return chosen;
    // Nothing fits: draw the narrowest breaking at the smallest size and say so.
    const narrowest = candidates.reduce((best, next) => (next.widthEm < best.widthEm ? next : best));
    return search.placeAtCentre(narrowest.lines, narrowest.widthEm, options.minFontSize);
  };
}

/** A breaking of a label, with the largest scale it fits at around each centre, and the most of them. */
interface Candidate {
  lines: string[];
  widthEm: number;
  /** The largest scale at a centre (by its index, see `RAYS`), -1 where none fits. */
  scaleAt: (centre: number) => number;
  most: number;
}

/** Finds where, and at what size, breakings of a label fit in one region. */
class FitSearch {
  readonly #options: LabelFitOptions;
  readonly #centres: Array<[number, number]>;
  /** The centres' indices in the order they are tried. */
  readonly #order: readonly number[];
  /** The room a box has around each centre, for boxes of any shape. */
  readonly #scalesAt: ReturnType<typeof scalesAt>;
  readonly #lineHeightFactor: number;

  constructor(region: Region, options: LabelFitOptions) {
    this.#options = options;
    this.#centres = candidateCentres(region);
    this.#order = region.kind === 'disc' ? [0] : CENTRE_ORDER;
    this.#scalesAt = scalesAt(this.#centres, region, options.margin);
    this.#lineHeightFactor = options.lineHeight ?? 1.2;
  }

  /** The label as placed; `fits` is known from the search that chose the place. */
  #place(lines: string[], widthEm: number, fontSize: number, [x, y]: [number, number], fits: boolean): FittedLabel {
    const lineHeight = fontSize * this.#lineHeightFactor;
    const halfWidth = (widthEm * fontSize) / 2;
    const halfHeight = (lineHeight * lines.length) / 2;
    const box = { x0: x - halfWidth, y0: y - halfHeight, x1: x + halfWidth, y1: y + halfHeight };
    return { lines, fontSize, lineHeight, x, y, box, fits };
  }

  /** For a label that fits nowhere: drawn at the preferred centre all the same. */
  placeAtCentre(lines: string[], widthEm: number, fontSize: number): FittedLabel {
    return this.#place(lines, widthEm, fontSize, this.#centres[this.#order[0]], false);
  }

  /**
   * The breaking that fits at the largest size up to `maxFontSize`, the earliest in `candidates`
   * on a tie, or undefined when none fits at the smallest size. Each candidate carries its
   * largest scale at every centre (`candidate`), so this only picks: the size is the largest step
   * of the font scale at or below the best of them, placed at the first centre, in order of
   * preference, that takes it.
   */
  largest(candidates: readonly Candidate[], maxFontSize: number): FittedLabel | undefined {
    const { minFontSize } = this.#options;
    const steps = Math.floor((maxFontSize - minFontSize) / FONT_STEP);
    let best: FittedLabel | undefined;
    let bestStep = -1;
    for (const { lines, widthEm, scaleAt, most } of candidates) {
      const step = Math.min(steps, Math.floor((most - minFontSize) / FONT_STEP));
      if (step <= bestStep) continue;
      const fontSize = minFontSize + step * FONT_STEP;
      // `most` reaches the size, so some centre takes it.
      const centre = this.#order.find((i) => scaleAt(i) >= fontSize)!;
      best = this.#place(lines, widthEm, fontSize, this.#centres[centre], true);
      bestStep = step;
    }
    return best;
  }

  /**
   * A breaking, with its largest scale over the centres. Along a ray, outwards, the room first
   * grows and then shrinks (the hole and the wedge's edges hold it in less further out, the rim
   * more), so each ray is walked from its middle up the slope and no further: the same largest
   * scale as reading every centre, from about a third of them. (Where nothing fits, the walk goes
   * on until something does.)
   */
  candidate(lines: string[], widthEm: number): Candidate {
    const scaleAt = this.#scalesAt(widthEm / 2, (this.#lineHeightFactor * lines.length) / 2);
    // A disc has one centre: one ray of one step.
    const rays = Math.min(RAYS, this.#centres.length);
    const middle = (this.#centres.length / rays) >> 1;
    let most = -1;
    for (let ray = 0; ray < rays; ray++) {
      const start = middle * rays + ray;
      let peak = scaleAt(start);
      // One step along a ray is `rays` indices: inwards first, then outwards.
      for (let way = -rays; way <= rays; way += 2 * rays) {
        for (let i = start + way, scale; i >= 0 && i < this.#centres.length && (scale = scaleAt(i)) >= peak; i += way) peak = scale;
      }
      if (peak > most) most = peak;
    }
    return { lines, widthEm, scaleAt, most };
  }
}
