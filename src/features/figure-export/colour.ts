/** A colour in sRGB, 0–255 a channel, alpha from 0 to 1: what the SVG and the canvas are both given. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const CLEAR: Rgba = { r: 0, g: 0, b: 0, a: 0 };
let pixel: CanvasRenderingContext2D | null | undefined;

/**
 * A computed CSS colour, in any syntax the browser knows (`rgb()`, `color(srgb …)`, `oklch()`,
 * system colours), as plain sRGB: painted on one pixel and read back, so the file holds values
 * every program understands. Undefined for no paint: `none`, a pattern, a transparent colour.
 */
export function toRgba(colour: string): Rgba | undefined {
  if (!colour || colour === 'none' || !CSS.supports('color', colour)) return undefined;
  if (pixel === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    pixel = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!pixel) return undefined;
  pixel.clearRect(0, 0, 1, 1);
  // A value the canvas cannot parse leaves the fill as it was: clear, so it reads as no paint.
  pixel.fillStyle = '#0000';
  pixel.fillStyle = colour;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, alpha] = pixel.getImageData(0, 0, 1, 1).data;
  return alpha ? { r, g, b, a: alpha / 255 } : undefined;
}

/**
 * A CSS colour as it comes out inside `root`, with the element's tokens and colour scheme: a probe
 * takes it as its `color` for a moment (through the CSSOM, which strict policies allow).
 */
export function resolveColour(root: ShadowRoot | HTMLElement, colour: string): Rgba | undefined {
  const probe = document.createElement('span');
  probe.style.color = colour;
  root.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return toRgba(resolved);
}

/** `top` painted over `bottom`, as the browser composites layers. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (!a) return CLEAR;
  const mix = (upper: number, lower: number) => Math.round((upper * top.a + lower * bottom.a * (1 - top.a)) / a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** Layers from the element down to the page, composited until one covers all below it. */
export function backgroundBehind(element: Element): Rgba {
  let colour = CLEAR;
  for (let node: Element | null | undefined = element; node && colour.a < 1; node = flatParent(node)) {
    const layer = toRgba(getComputedStyle(node).backgroundColor);
    if (layer) colour = over(colour, layer);
  }
  return colour;
}

/** The element a node is drawn inside: its slot, its parent, or its shadow root's host. */
function flatParent(node: Element): Element | null | undefined {
  return node.assignedSlot ?? node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host;
}

/** `#rrggbb`, for the SVG (its opacity goes in an attribute of its own). */
export function hex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** The colour for the canvas. */
export function cssColour({ r, g, b, a }: Rgba): string {
  return `rgb(${r} ${g} ${b} / ${a})`;
}
