import { layoutDiagram, type DiagramLabels, type DiagramLayout } from './diagram-layout.js';
import type { MeasureText } from './label-fit.js';

const MAX_ENTRIES = 24;
const cache = new Map<string, DiagramLayout>();

/**
 * `layoutDiagram`, memoised by size, labels and font, and shared by every element on the page:
 * fifty diagrams of one size and content cost one layout.
 */
export function cachedLayout(
  size: number,
  labels: DiagramLabels,
  fontKey: string,
  measure: MeasureText,
): DiagramLayout {
  const key = JSON.stringify([size, fontKey, labels.core, labels.practices]);
  let layout = cache.get(key);
  if (!layout) {
    layout = layoutDiagram(size, labels, measure);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, layout);
  }
  return layout;
}

/** The sizes of the layouts worked out so far, for tests of when that happens. */
export function cachedSizes(): number[] {
  return [...cache.values()].map((layout) => layout.size);
}
