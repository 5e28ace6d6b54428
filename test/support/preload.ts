import { waitUntil } from '@open-wc/testing';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { cachedSizes } from '../../src/geometry/layout-cache.js';
import { ModelHarness } from './model-harness.js';
import { renderModel } from './model.js';

/** Whether the page has fetched a file whose address holds `path` (a module is fetched once per page). */
export function fetched(path: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(path));
}

/**
 * `renderModel`, then waits for the idle-time preload (a short timer where the browser has no
 * requestIdleCallback). `before` is the layout cache's sizes from before: a test that takes a
 * width no test before it has used finds the layout beside a panel new to the cache.
 */
export async function renderPreloaded(width: number): Promise<{ model: InnovasjonModell; harness: ModelHarness; before: number[] }> {
  const before = cachedSizes();
  const model = await renderModel(width);
  const harness = new ModelHarness(model);
  await idlePreloadDone(harness, before);
  return { model, harness, before };
}

/**
 * The preload ends with the diagram's layout beside a panel: a layout size that was not cached
 * `before` and is not the size drawn now. Polled slowly: Firefox gives no idle time to a page
 * polled every few ms.
 */
async function idlePreloadDone(harness: ModelHarness, before: readonly number[]): Promise<void> {
  const drawn = harness.drawing.viewBox.baseVal.width;
  await waitUntil(() => cachedSizes().some((size) => size !== drawn && !before.includes(size)), 'the idle-time preload has run', {
    timeout: 5000,
    interval: 250,
  });
}
