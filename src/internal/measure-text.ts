import type { MeasureText } from '../geometry/label-fit.js';

const REFERENCE_SIZE = 100;
let context: CanvasRenderingContext2D | null | undefined;
/** The font last set on the shared context: setting it makes the canvas parse it again. */
let contextFont = '';

/** Rough width per character, used only where no canvas is available. */
const FALLBACK_EM_PER_CHAR = 0.6;

/**
 * A text measure for the label layout, using the font the labels are drawn in.
 * Widths are measured once at 100 px and scaled, which matches how fonts render.
 */
export function canvasMeasure(fontFamily: string, fontWeight: string): MeasureText {
  context ??= document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (line) => line.length * FALLBACK_EM_PER_CHAR;
  const font = `${fontWeight} ${REFERENCE_SIZE}px ${fontFamily}`;
  return (line) => {
    if (contextFont !== font) {
      ctx.font = font;
      contextFont = font;
    }
    return ctx.measureText(line).width / REFERENCE_SIZE;
  };
}
