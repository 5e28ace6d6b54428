import { waitUntil } from '@open-wc/testing';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { cachedSizes } from '../../src/geometry/layout-cache.js';
import { ModelHarness } from './model-harness.js';

/** Whether the page has fetched a file whose address holds `path` (a module is fetched once per page). */
export function fetched(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
}

/**
 * Waits for the element's idle-time preload, which ends with the diagram's layout beside a panel:
 * a layout size that was not cached `before` (taken before the element was rendered) and is not
 * the size drawn now. Polled slowly: Firefox gives no idle time to a page polled every few ms.
 */
export async function idlePreloadDone(model: InnovasjonModell, before: readonly number[]): Promise<void> {
  const drawn = new ModelHarness(model).drawing.viewBox.baseVal.width;
  await waitUntil(() => cachedSizes().some((size) => size !== drawn && !before.includes(size)), 'the idle-time preload has run', {
    timeout: 5000,
    interval: 250,
  });
}
