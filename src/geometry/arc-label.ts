import { balancedBreaks } from './line-breaks.js';
import { withOwnLines, wordsOf, type ArcLines, type FittedLabel, type LabelFitOptions, type MeasureText } from './label-fit.js';
import { direction, type AnnularSector } from './regions.js';

const FONT_STEP = 0.5;

/** True when a d3-shape angle (a segment's middle) points into the lower half of the ring. */
function inLowerHalf(angle: number): boolean {
  const turned = ((angle % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return turned > Math.PI / 2 && turned < (3 * Math.PI) / 2;
}

/**
 * Sets a label along its ring segment, each line on an arc, at the largest size that fits:
 * where the ring is too thin for straight lines at a readable size (small diagrams, wide fonts),
 * an arc line has the segment's whole length. Lines run along the ring and are stacked across it;
 * each must fit the length of its arc at its inner edge, with `margin` kept free at the segment's
 * ends and sides. `padAngle` is the gap the drawn segment leaves at each end.
 */
export function fitArcLabel(
  label: string,
  region: AnnularSector,
  width: MeasureText,
  options: LabelFitOptions & { padAngle: number },
): FittedLabel & { arc: ArcLines } {
  const lineHeightFactor = options.lineHeight ?? 1.2;
  const mid = (region.startAngle + region.endAngle) / 2;
  const reversed = inLowerHalf(mid);
  const half = Math.min(region.endAngle - region.startAngle - options.padAngle, 1.5 * Math.PI) / 2;
  const inner = region.innerRadius + options.margin;
  const outer = region.outerRadius - options.margin;
  /** The radius midway across the ring, where the stack of lines is centred. */
  const centre = (inner + outer) / 2;

  /** Radii of the lines' middles, centred across the ring; read outside-in above, inside-out below. */
  const radiiFor = (count: number, lineHeight: number) =>
    Array.from({ length: count }, (_, i) => {
      const offset = ((count - 1) / 2 - i) * lineHeight;
      return centre + (reversed ? -offset : offset);
    });
  /**
   * The largest size at which the lines fit, on the font scale's steps, or undefined when not even
   * the smallest. Every condition is linear in the size, so each gives its bound in closed form:
   * the stack fits across the ring, and each line fits the length of its arc at its inner edge
   * (the line's radius moves with the size, as the stack grows about the ring's middle).
   */
  const largestSize = (lines: readonly string[]) => {
    let largest = Math.min(options.maxFontSize, (outer - inner) / (lines.length * lineHeightFactor));
    const room = 2 * half * centre - 2 * options.margin;
    lines.forEach((line, i) => {
      const across = ((reversed ? -1 : 1) * ((lines.length - 1) / 2 - i) - 1 / 2) * lineHeightFactor;
      const grows = width(line) - 2 * half * across;
      if (grows > 0) largest = Math.min(largest, room / grows);
      else if (room < 0) largest = -1;
    });
    const size = Math.floor(largest / FONT_STEP) * FONT_STEP;
    return size >= options.minFontSize ? size : undefined;
  };
  const place = (lines: string[]) => {
    const fontSize = largestSize(lines);
    return fontSize === undefined ? undefined : { lines, fontSize };
  };
  // Fewest lines first (as balancedBreaks gives them): on a tie in size, the earlier breaking wins.
  const candidates = balancedBreaks(wordsOf(label), width);
  let free: { lines: string[]; fontSize: number } | undefined;
  for (const lines of candidates) {
    const placed = place(lines);
    if (placed && (!free || placed.fontSize > free.fontSize)) free = placed;
  }
  const best = withOwnLines(free, label, width, place);
  const chosen = best ?? { lines: candidates[candidates.length - 1], fontSize: options.minFontSize };
  const lineHeight = chosen.fontSize * lineHeightFactor;
  const radii = radiiFor(chosen.lines.length, lineHeight);
  const glyphs = chosen.lines.map((line, i) => {
    const radius = radii[i];
    const characters = [...line];
    const along = (length: number) => (length * chosen.fontSize) / radius;
    // The line is centred on the middle of the segment; angles grow clockwise.
    const first = mid + (reversed ? 1 : -1) * (along(width(line)) / 2);
    return characters.map((_, k) => {
      const angle = first + (reversed ? -1 : 1) * along(width(characters.slice(0, k).join('')));
      const [x, y] = direction(angle);
      return { x: x * radius, y: y * radius, rotate: (angle * 180) / Math.PI + (reversed ? 180 : 0) };
    });
  });
  const [dx, dy] = direction(mid);
  const reach = (chosen.lines.length * lineHeight) / 2;
  return {
    lines: chosen.lines,
    fontSize: chosen.fontSize,
    lineHeight,
    x: dx * centre,
    y: dy * centre,
    // The block's extent across the ring, about its middle (an arc has no box of its own).
    box: { x0: dx * centre - reach, y0: dy * centre - reach, x1: dx * centre + reach, y1: dy * centre + reach },
    fits: !!best,
    arc: { radii, startAngle: mid - half, endAngle: mid + half, reversed, glyphs },
  };
}
