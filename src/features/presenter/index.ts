import { Chunk } from '../../shared/chunk.js';
import type { Feature } from '../feature.js';

/** Presenter mode: full screen, large type, and steps a slide clicker walks through. */
export const presenter: Feature = {
  chunk: new Chunk('presenter mode', () => import('./chunk.js')),
  wanted: (host) => host.view.presenting,
  needsTools: true,
};
