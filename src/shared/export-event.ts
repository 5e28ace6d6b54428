import type { PartId } from '../model/types.js';

/**
 * Fired when the viewer has exported the figure: a download started, or the image is on the
 * clipboard. Kept with the figure export, in its chunk, not in the main bundle.
 */
export const EXPORT_EVENT = 'innovasjon-export';

export interface ExportEventDetail {
  /** The file format: `png` or `svg`. */
  format: 'png' | 'svg';
  /** What the viewer did with it: `download`, or `copy` to the clipboard. */
  action: 'download' | 'copy';
  /** The part that was open, and so highlighted in the figure; '' when none was. */
  id: PartId | '';
}
