import { isRecord } from '../../model/is-record.js';

/** The formats the figure is exported in. */
export type ExportFormat = 'png' | 'svg';

/** What `exportFigure()` takes. */
export interface ExportFigureOptions {
  /** `png` (an image for slides and documents) or `svg` (a drawing, sharp at any size). */
  format: ExportFormat;
  /**
   * The image's size as a multiple of the drawn size. PNG: by default 2, or more so the image is
   * at least 1,600 px wide; never more than 4,096 px wide. SVG: the width and height it declares
   * (default 1).
   */
  scale?: number;
  /**
   * `auto` (the default): opaque, in the element's background, else the page's behind it, else the
   * panel's; `transparent`; or any CSS colour, read where the element is (so `var(--your-token)` works).
   */
  background?: string;
}

/** A request that has been checked: every choice made. */
export interface ExportRequest {
  format: ExportFormat;
  scale?: number;
  background: string;
}

/** The smallest width of a PNG at the default scale: sharp on a projector and in print. */
const MIN_PNG_WIDTH = 1600;
/** The widest PNG: 4,096² pixels is the largest canvas every browser draws, phones included. */
const MAX_PNG_WIDTH = 4096;

/** A value as the message shows it: text in quotes, anything else as it prints. */
function shown(value: unknown): string {
  if (typeof value == 'string') return JSON.stringify(value);
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/**
 * Checks what `exportFigure()` was given. A request that cannot be met (an unknown format, a scale
 * that is not a positive number, a background that is no colour) is refused with an error that
 * says what was expected; the content never is a reason to refuse.
 */
export function readRequest(options: unknown, prefix: string): ExportRequest {
  const call = `${prefix}exportFigure()`;
  if (!isRecord(options)) throw new TypeError(`${call} takes an object such as { format: 'png' }.`);
  const { format, scale, background = 'auto' } = options;
  if (format !== 'png' && format !== 'svg') {
    throw new TypeError(`${call}: format must be 'png' or 'svg', not ${shown(format)}.`);
  }
  if (scale !== undefined && !(typeof scale == 'number' && Number.isFinite(scale) && scale > 0)) {
    throw new RangeError(`${call}: scale must be a number above 0, not ${shown(scale)}.`);
  }
  if (typeof background != 'string' || !(background === 'auto' || CSS.supports('color', background))) {
    throw new TypeError(`${call}: background must be 'auto', 'transparent' or a CSS colour, not ${shown(background)}.`);
  }
  return { format, scale, background };
}

/** The scale a PNG is drawn at, for a drawing `size` CSS pixels wide; a note when it had to shrink. */
export function pngScale(size: number, requested: number | undefined, prefix: string): number {
  const scale = requested ?? Math.max(2, MIN_PNG_WIDTH / size);
  const largest = MAX_PNG_WIDTH / size;
  if (scale <= largest) return scale;
  console.info(`${prefix}exportFigure(): scale ${scale} would make the image ${Math.round(size * scale)} px wide; it is ${MAX_PNG_WIDTH} px wide instead, the most every browser can draw.`);
  return largest;
}
