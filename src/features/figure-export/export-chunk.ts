import { Chunk } from '../../shared/chunk.js';

/**
 * The PNG and SVG writers, fetched on the first export: by a choice under «Last ned figuren», or
 * by the page's first `exportFigure()`. Apart from the choices, so a page that only calls the
 * method does not fetch them, and each chunk stays small.
 */
export const figureExportChunk = new Chunk('the figure export', () => import('./export-figure.js'));
