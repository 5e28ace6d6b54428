import { hex, type Rgba } from './colour.js';
import type { FigureLabel, FigurePart, FigureScene } from './figure-scene.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Rounds coordinates to what a screen can show (1/100 px), so the file stays small. */
const round = (value: number) => String(Math.round(value * 100) / 100);

function add(parent: Element, name: string, attributes: Record<string, string | undefined> = {}, text?: string): Element {
  const element = parent.appendChild(parent.ownerDocument.createElementNS(SVG_NS, name));
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(key, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A paint as presentation attributes: `fill="#rrggbb"`, with its opacity only when it has one. */
function paint(kind: 'fill' | 'stroke', colour: Rgba | undefined): Record<string, string | undefined> {
  if (!colour) return { [kind]: 'none' };
  return { [kind]: hex(colour), [`${kind}-opacity`]: colour.a < 1 ? round(colour.a) : undefined };
}

function addLabel(group: Element, label: FigureLabel): void {
  const { font } = label;
  const text = add(group, 'text', {
    'font-family': font.family,
    'font-size': round(font.size),
    'font-weight': font.weight,
    'font-style': font.style === 'normal' ? undefined : font.style,
    'text-anchor': label.anchor,
    'text-decoration': label.underline ? 'underline' : undefined,
    class: label.underline ? 'open-label' : undefined,
    ...paint('fill', label.fill),
  });
  for (const runs of label.lines) {
    const turned = runs.some((run) => run.rotate !== 0);
    add(
      text,
      'tspan',
      {
        x: runs.map((run) => round(run.x)).join(' '),
        y: runs.map((run) => round(run.y)).join(' '),
        rotate: turned ? runs.map((run) => round(run.rotate)).join(' ') : undefined,
      },
      runs.map((run) => run.text).join(''),
    );
  }
}

function addPart(svg: Element, part: FigurePart): void {
  const group = add(svg, 'g', { id: part.id });
  // A program that lists the drawing's objects names each part by its title.
  add(group, 'title', {}, part.title);
  const { shape } = part;
  const outline = {
    ...paint('fill', shape.fill),
    ...paint('stroke', shape.stroke),
    'stroke-width': shape.stroke ? round(shape.strokeWidth) : undefined,
    'stroke-dasharray': shape.stroke && shape.dashes.some(Boolean) ? shape.dashes.map(round).join(' ') : undefined,
  };
  if (shape.radius !== undefined) add(group, 'circle', { r: round(shape.radius), ...outline });
  else add(group, 'path', { d: shape.path, ...outline });
  if (part.label) addLabel(group, part.label);
}

/**
 * The figure as a self-contained SVG file: its title and description in the element's language,
 * each part a group named by its title, colours as plain values, text as text; no script, no
 * link to anything outside it. Built as a DOM and serialised, so every text is escaped.
 * `scale` sets the width and height the file declares.
 */
export function figureSvg(scene: FigureScene, scale: number): string {
  const file = document.implementation.createDocument(SVG_NS, 'svg', null);
  const svg = file.documentElement;
  const side = round(scene.size * scale);
  for (const [key, value] of Object.entries({
    viewBox: [scene.x, scene.y, scene.size, scene.size].map(round).join(' '),
    width: side,
    height: side,
    role: 'img',
    'aria-labelledby': 'figure-title figure-description',
    lang: scene.lang,
  })) {
    svg.setAttribute(key, value);
  }
  svg.setAttributeNS(XML_NS, 'xml:lang', scene.lang);
  add(svg, 'title', { id: 'figure-title' }, scene.title);
  add(svg, 'desc', { id: 'figure-description' }, scene.description);
  const underline = scene.parts.find((part) => part.label?.underline)?.label?.underline;
  // The underline as thick as on screen where a program reads CSS; the attribute serves the rest.
  if (underline) add(svg, 'style', {}, `.open-label { text-decoration-thickness: ${round(underline.thickness)}px; }`);
  if (scene.background) {
    add(svg, 'rect', {
      x: round(scene.x),
      y: round(scene.y),
      width: round(scene.size),
      height: round(scene.size),
      ...paint('fill', scene.background),
    });
  }
  for (const part of scene.parts) addPart(svg, part);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(file)}\n`;
}
