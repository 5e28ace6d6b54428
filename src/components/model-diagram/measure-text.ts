import type { MeasureText } from '../../geometry/label-fit.js';

const REFERENCE_SIZE = 100;
let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the shared context: setting it makes the canvas parse it again. */
let contextFont = '';
/** Widths already measured, by font and then line: every diagram and every size shares them. */
const widths = new Map<string, Map<string, number>>();

/** Rough width per character, used only where no canvas is available. */
const FALLBACK_EM_PER_CHAR = 0.6;

/**
 * How many font faces the page has loaded. A face that arrives (a web font, late) can change
 * text widths, so the count is part of the key of measured widths and cached layouts.
 */
export function loadedFontCount(): number {
  let count = 0;
  document.fonts?.forEach((face) => {
    if (face.status === 'loaded') count++;
  });
  return count;
}

/**
 * A text measure for the label layout, in the font the labels are drawn in (`font` without a
 * size, e.g. `600 Georgia, serif`), with `loadedFonts` from `loadedFontCount()`. Widths are
 * measured once at 100 px and scaled, which matches how fonts render, and kept for the next
 * layout: a resize measures nothing again.
 */
export function canvasMeasure(font: string, loadedFonts: number): MeasureText {
  context ??= document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (line) => line.length * FALLBACK_EM_PER_CHAR;
  const [weight, ...family] = font.split(' ');
  const canvasFont = `${weight} ${REFERENCE_SIZE}px ${family.join(' ')}`;
  const key = `${font} ${loadedFonts}`;
  let known = widths.get(key);
  if (!known) {
    // Another font (or a font that has since loaded): the widths measured before are stale.
    widths.clear();
    widths.set(key, (known = new Map()));
  }
  const forFont = known;
  return (line) => {
    let width = forFont.get(line);
    if (width === undefined) {
      if (contextFont !== canvasFont) {
        ctx.font = canvasFont;
        contextFont = canvasFont;
      }
      width = ctx.measureText(line).width / REFERENCE_SIZE;
      forFont.set(line, width);
    }
    return width;
  };
}
