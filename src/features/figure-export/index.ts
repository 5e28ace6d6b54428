import { Chunk } from '../../shared/chunk.js';
import type { Feature } from '../feature.js';

export { EXPORT_BUTTON_ID } from './export-ids.js';

/** «Last ned figuren»: its choices (PNG, SVG, copy), fetched when the viewer first opens them. */
export const figureExport: Feature = {
  chunk: new Chunk("the figure export's choices", () => import('./chunk.js')),
  wanted: (host) => host.view.exportMenu,
  needsTools: true,
};
