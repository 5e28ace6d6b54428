import { arc } from 'd3-shape';
import { fitArcLabel } from './arc-label.js';
import { fitLabel, labelFitter, type FittedLabel, type MeasureText } from './label-fit.js';
import type { AnnularSector } from './regions.js';

/** What the layout needs to know of the content: only the text drawn in the diagram. */
export interface DiagramLabels {
  /** The core's lines, one per value. */
  core: readonly string[];
  /** One label per practice, clockwise from the top right. */
  practices: readonly string[];
}

export interface SegmentLayout {
  /** SVG path of the ring segment. */
  path: string;
  region: AnnularSector;
  label: FittedLabel;
}

/** Everything needed to draw the diagram at one size; coordinates are centred on the origin. */
export interface DiagramLayout {
  /** Width and height of the square diagram, in CSS pixels. */
  size: number;
  core: { radius: number; label: FittedLabel };
  segments: SegmentLayout[];
}

/** Room outside the ring for the selected and focus outlines. */
const OUTLINE_ROOM = 4;
/** Share of the radius taken by the core; smaller in small diagrams, where the ring needs the room. */
const CORE_SHARE = { small: 0.3, large: 0.37 };
/** The core grows up to this share of the radius where its words need it at the smallest size. */
const MAX_CORE_SHARE = 0.5;
const SMALL_DIAGRAM = 420;
const CORNER_RADIUS = 6;
/** No label is drawn smaller: the smallest size that reads well on a phone held at arm's length. */
export const MIN_LABEL_FONT_SIZE = 12;
const CORE_LINE_HEIGHT = 1.25;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Lays out the core and the ring of practices in a square of `size` CSS pixels.
 * Pure and deterministic: the same size, labels and measure give the same layout.
 */
export function layoutDiagram(size: number, labels: DiagramLabels, measure: MeasureText): DiagramLayout {
  const outerRadius = size / 2 - OUTLINE_ROOM;
  const gap = clamp(size * 0.014, 3, 8);
  const maxFontSize = clamp(size * 0.048, 13, 26);
  const minFontSize = MIN_LABEL_FONT_SIZE;
  const margin = clamp(size * 0.015, 3, 12) + gap / 2;
  // The core is at least as large as its words need at the smallest size (the corner of their
  // block, plus its margin), so a long value («Nysgjerrighet») never drops below it in a small
  // diagram; the ring keeps the rest.
  const coreWordsNeed =
    Math.hypot(
      (Math.max(...labels.core.map(measure)) * minFontSize) / 2,
      (labels.core.length * minFontSize * CORE_LINE_HEIGHT) / 2,
    ) +
    margin / 2;
  const coreRadius = clamp(
    coreWordsNeed,
    outerRadius * (size < SMALL_DIAGRAM ? CORE_SHARE.small : CORE_SHARE.large),
    outerRadius * MAX_CORE_SHARE,
  );
  const innerRadius = coreRadius + gap;
  const turn = (2 * Math.PI) / Math.max(1, labels.practices.length);
  const padRadius = outerRadius;
  const drawArc = arc<AnnularSector>()
    .cornerRadius(CORNER_RADIUS)
    .padRadius(padRadius)
    .padAngle(gap / padRadius);

  const regions = labels.practices.map(
    (_, index): AnnularSector => ({
      kind: 'sector',
      startAngle: index * turn,
      endAngle: (index + 1) * turn,
      innerRadius,
      outerRadius,
    }),
  );
  const straightFits = labels.practices.map((label, index) =>
    labelFitter(label, regions[index], measure, { maxFontSize, minFontSize, margin }),
  );
  const straightAt = (largest: number, index: number) => straightFits[index](largest);
  const alongAt = (largest: number, index: number) =>
    fitArcLabel(labels.practices[index], regions[index], measure, {
      maxFontSize: largest,
      minFontSize,
      margin,
      padAngle: gap / padRadius,
    });
  // Straight lines where every label fits so at the smallest size; where the ring is too thin
  // for that (small diagrams, wide fonts, long labels), every label follows its segment's arc.
  const straight = labels.practices.map((_, index) => straightAt(maxFontSize, index));
  const fitAt = straight.every((label) => label.fits) ? straightAt : alongAt;
  const largest = fitAt === straightAt ? straight : labels.practices.map((_, index) => alongAt(maxFontSize, index));
  // All practice labels share one font size, the largest that every one of them fits at;
  // a label already at that size keeps its placement, the others are fitted again.
  const shared = Math.min(...largest.map((label) => label.fontSize));
  const segments = largest.map(
    (label, index): SegmentLayout => ({
      path: drawArc(regions[index]) ?? '',
      region: regions[index],
      label: label.fontSize === shared ? label : fitAt(shared, index),
    }),
  );

  const core = {
    radius: coreRadius,
    label: fitLabel(labels.core, { kind: 'disc', radius: coreRadius }, measure, {
      maxFontSize: maxFontSize * 1.1,
      minFontSize,
      margin: margin / 2,
      lineHeight: CORE_LINE_HEIGHT,
    }),
  };
  return { size, core, segments };
}
