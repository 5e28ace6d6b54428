import { Chunk } from '../../shared/chunk.js';
import type { Feature } from '../feature.js';

/** Deep links: the open part in the URL hash, and links that open a part. */
export const deepLink: Feature = {
  chunk: new Chunk('deep links', () => import('./chunk.js')),
  wanted: (host) => host.deepLink,
};
