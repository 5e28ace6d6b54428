import { isPracticeId } from '../../model/types.js';
import { Chunk } from '../../shared/chunk.js';
import type { Feature } from '../feature.js';

/**
 * The workshop worksheet in an open practice's panel: print or copy its questions. Fetched when a
 * practice opens: it is drawn with the panel's film and questions, after the panel's first frame.
 */
export const worksheet: Feature = {
  chunk: new Chunk('the worksheet', () => import('./chunk.js')),
  wanted: (host) => isPracticeId(host.view.part),
  needsTools: true,
};
