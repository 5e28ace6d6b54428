import { CORE_ID, type PartId } from '../../model/types.js';
import type { FeatureHost } from '../feature.js';
import { backgroundBehind, over, resolveColour, toRgba, type Rgba } from './colour.js';

/** A label's font, as computed on screen. */
export interface FigureFont {
  style: string;
  weight: string;
  /** In the drawing's units (CSS pixels). */
  size: number;
  family: string;
}

/**
 * Text drawn from one point: a whole line, or one character of a line set along the ring (which
 * the diagram places character by character, each turned to follow the arc).
 */
export interface FigureRun {
  text: string;
  /** The point it is anchored at, on its alphabetic baseline: both outputs place text by it. */
  x: number;
  y: number;
  /** Its turn about that point, in degrees clockwise, as SVG's `rotate`. */
  rotate: number;
  /** Measured in the label's font. */
  width: number;
}

export interface FigureLabel {
  font: FigureFont;
  fill?: Rgba;
  /** Where each run sits on its point: SVG's `text-anchor`. */
  anchor: 'start' | 'middle' | 'end';
  /** An underlined label (the open part's, where the diagram draws one). */
  underline?: { offset: number; thickness: number };
  /** Each line's runs. */
  lines: FigureRun[][];
}

export interface FigureShape {
  /** The core's radius; the practices have a path instead. */
  radius?: number;
  path?: string;
  fill?: Rgba;
  stroke?: Rgba;
  strokeWidth: number;
  dashes: number[];
}

export interface FigurePart {
  id: PartId;
  /** The part's title, for the file's own names of its parts. */
  title: string;
  open: boolean;
  shape: FigureShape;
  label?: FigureLabel;
}

/** The figure as it is drawn now, in resolved values: what both the SVG and the PNG are made from. */
export interface FigureScene {
  /** The figure's square in the drawing's units (CSS pixels), a margin round it: left, top and side. */
  x: number;
  y: number;
  size: number;
  /** Undefined: transparent. */
  background?: Rgba;
  lang: string;
  title: string;
  description: string;
  parts: FigurePart[];
}

/** Room around the figure, as a share of its size: a file goes on slides and pages with no room of its own. */
const MARGIN = 0.025;

/** The CSS font shorthand of a label, for the canvas and for `document.fonts.load()`. */
export function canvasFont({ style, weight, size, family }: FigureFont): string {
  return `${style} ${weight} ${size}px ${family}`;
}

/** A paint with its opacity property folded into its alpha. */
function paint(colour: string, opacity: string): Rgba | undefined {
  const rgba = toRgba(colour);
  const factor = parseFloat(opacity);
  return rgba && factor >= 0 && factor < 1 ? { ...rgba, a: rgba.a * factor } : rgba;
}

function readShape(shape: SVGGeometryElement): FigureShape {
  const style = getComputedStyle(shape);
  return {
    radius: shape instanceof SVGCircleElement ? shape.r.baseVal.value : undefined,
    path: shape.getAttribute('d') ?? undefined,
    fill: paint(style.fill, style.fillOpacity),
    stroke: paint(style.stroke, style.strokeOpacity),
    strokeWidth: parseFloat(style.strokeWidth) || 0,
    // `none`, or lengths (`4px, 2px`): a page may dash the outlines through ::part.
    dashes: style.strokeDasharray.split(/[\s,]+/).map(parseFloat).filter((length) => length >= 0),
  };
}

function readFont(text: SVGTextElement): FigureFont {
  const style = getComputedStyle(text);
  return { style: style.fontStyle, weight: style.fontWeight, size: parseFloat(style.fontSize), family: style.fontFamily };
}

/** A list attribute of SVG text (`x="1 2 3"`), as numbers. */
function numbers(element: Element, name: string): number[] {
  return (element.getAttribute(name) ?? '').split(/[\s,]+/).filter(Boolean).map(Number).filter(Number.isFinite);
}

/**
 * One line as it is drawn: whole from one point, or, where the diagram gives each character a
 * point and a turn of its own, character by character (a character without a point of its own
 * follows the one before it, as in SVG). On screen each line is centred on its points
 * (`dominant-baseline: central`, which not every program reads), so each point is moved to the
 * alphabetic baseline, by half the font's ascent less its descent, across the run's own turn.
 */
function readLine(tspan: SVGTSpanElement, font: FigureFont, measure: CanvasRenderingContext2D): FigureRun[] {
  const line = tspan.textContent ?? '';
  const xs = numbers(tspan, 'x');
  const ys = numbers(tspan, 'y');
  const turns = numbers(tspan, 'rotate');
  const metrics = measure.measureText(line);
  const ascent = metrics.fontBoundingBoxAscent ?? font.size * 0.9;
  const descent = metrics.fontBoundingBoxDescent ?? font.size * 0.2;
  const shift = getComputedStyle(tspan).dominantBaseline === 'central' ? (ascent - descent) / 2 : 0;
  const whole = xs.length <= 1 && ys.length <= 1 && turns.every((turn) => turn === 0);
  const runs = whole ? [line] : Array.from(line);
  let x = xs[0] ?? 0;
  let y = ys[0] ?? 0;
  return runs.map((text, i): FigureRun => {
    const width = whole ? metrics.width : measure.measureText(text).width;
    if (i > 0) x = xs[i] ?? x + measure.measureText(runs[i - 1]).width;
    y = ys[i] ?? y;
    const rotate = turns[i] ?? turns.at(-1) ?? 0;
    const angle = (rotate * Math.PI) / 180;
    return { text, x: x - shift * Math.sin(angle), y: y + shift * Math.cos(angle), rotate, width };
  });
}

function readLabel(text: SVGTextElement, font: FigureFont, measure: CanvasRenderingContext2D): FigureLabel {
  const style = getComputedStyle(text);
  measure.font = canvasFont(font);
  const anchor = style.textAnchor === 'end' || style.textAnchor === 'middle' ? style.textAnchor : 'start';
  return {
    font,
    fill: paint(style.fill, style.fillOpacity),
    anchor,
    underline: style.textDecorationLine.includes('underline')
      ? { offset: font.size * 0.14, thickness: parseFloat(style.textDecorationThickness) || font.size / 14 }
      : undefined,
    lines: [...text.querySelectorAll('tspan')].map((tspan) => readLine(tspan, font, measure)),
  };
}

/**
 * The figure's background: `transparent`; a colour the page chose, read inside the element;
 * or (`auto`) what is behind the drawing: the element's background, over the page's, over the
 * panel's colour where nothing below covers it all (a page without a background of its own).
 */
function readBackground(host: FeatureHost, choice: string): Rgba | undefined {
  const root = host.shadowRoot ?? host;
  if (choice === 'transparent') return undefined;
  if (choice !== 'auto') return resolveColour(root, choice);
  const behind = backgroundBehind(host);
  if (behind.a >= 1) return behind;
  const panel = resolveColour(root, 'var(--im-color-panel-background)') ?? { r: 255, g: 255, b: 255, a: 1 };
  return over(behind, { ...panel, a: 1 });
}

/**
 * Reads the figure off the drawing on screen, so the file is what the viewer sees: the shapes'
 * and labels' computed styles (the page's tokens, dark or light, `::part` rules, forced colours)
 * and the open part. Web fonts the labels use are loaded first, so they are measured right.
 */
export async function readScene(
  host: FeatureHost,
  drawing: SVGSVGElement,
  background: string,
  describe: (open: PartId | '') => string,
): Promise<FigureScene> {
  const content = host.shownContent;
  const titles = new Map<string, string>([
    [CORE_ID, content.core.title],
    ...content.practices.map((practice): [string, string] => [practice.id, practice.title]),
  ]);
  const labels = new Map<string, { text: SVGTextElement; font: FigureFont }>();
  for (const text of drawing.querySelectorAll<SVGTextElement>('text[data-part]')) {
    labels.set(text.dataset.part ?? '', { text, font: readFont(text) });
  }
  await Promise.all(
    [...labels.values()].map(({ text, font }) =>
      document.fonts?.load(canvasFont(font), text.textContent ?? '').catch(() => undefined),
    ),
  );
  const measure = document.createElement('canvas').getContext('2d');
  const parts: FigurePart[] = [];
  for (const group of drawing.querySelectorAll<SVGGElement>('g[data-part]')) {
    const id = group.dataset.part as PartId;
    const shape = group.querySelector<SVGGeometryElement>('.shape');
    if (!shape) continue;
    const label = labels.get(id);
    parts.push({
      id,
      title: titles.get(id) ?? id,
      open: group.getAttribute('aria-expanded') === 'true',
      shape: readShape(shape),
      label: label && measure ? readLabel(label.text, label.font, measure) : undefined,
    });
  }
  const { x, y, width } = drawing.viewBox.baseVal;
  const margin = Math.round(width * MARGIN);
  return {
    x: x - margin,
    y: y - margin,
    size: width + 2 * margin,
    background: readBackground(host, background),
    lang: host.language,
    title: content.title,
    description: describe(parts.find((part) => part.open)?.id ?? ''),
    parts,
  };
}
