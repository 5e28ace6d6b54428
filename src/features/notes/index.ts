import { isPracticeId } from '../../model/types.js';
import { Chunk } from '../../shared/chunk.js';
import type { Feature } from '../feature.js';

/** Facilitator notes in an open practice's panel, kept in this browser only. */
export const notes: Feature = {
  chunk: new Chunk('the notes', () => import('./chunk.js')),
  wanted: (host) => host.notes && isPracticeId(host.view.part),
  needsTools: true,
};
