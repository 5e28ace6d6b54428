import { Chunk } from '../../shared/chunk.js';
import type { Feature } from '../feature.js';
import { inlineContent } from './inline-content.js';

/** Whether the page gives content of its own, as a property, a file or inline JSON. */
function hasOwnContent(host: Element & { content?: unknown; src: string }): boolean {
  return host.content !== undefined || !!host.src || inlineContent(host) !== undefined;
}

/**
 * Content from the page (`content`, `src`, inline JSON), checked and repaired part by part, with
 * its problems shown in the element. Once here, it also notices when the page takes its content away.
 */
export const contentSource: Feature = {
  chunk: new Chunk('the content check', () => import('./chunk.js')),
  wanted: hasOwnContent,
  holdsFirstPaint: true,
};
