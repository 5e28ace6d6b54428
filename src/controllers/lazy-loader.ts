import type { ReactiveControllerHost } from 'lit';
import type { Chunk } from '../shared/chunk.js';
import { messagePrefix } from '../model/message-prefix.js';
import { afterPaint } from '../shared/after-paint.js';

/** When a fetch starts: at once, or once the frame being drawn is painted (it does not need the chunk). */
export type LoadWhen = 'now' | 'after-paint';

/**
 * The one way an element fetches a chunk. It keeps track of what the element is waiting for, so
 * `updateComplete` can wait for it too, and of what failed for good, so the element can say so
 * in the page; the console hears of each failed chunk once. Asking again for a chunk on its way
 * returns the same promise, so an element may ask on every update.
 */
export class LazyLoader {
  /** Names of the chunks that could not be loaded, even after a retry. */
  readonly failed = new Set<string>();
  readonly #host: ReactiveControllerHost & Element;
  readonly #pending = new Map<Chunk<unknown>, Promise<unknown>>();
  readonly #work = new Set<Promise<unknown>>();

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
  }

  /**
   * The chunk's exports: at once when they are here, else once loaded (undefined if that failed).
   * With `after-paint` the fetch waits for the frame being drawn to be painted, so a click's first
   * frame does not carry it; the element counts as waiting for it from now on.
   */
  load<T>(chunk: Chunk<T>, when: LoadWhen = 'now'): Promise<T | undefined> {
    if (chunk.ready) return Promise.resolve(chunk.value);
    if (this.failed.has(chunk.name)) return Promise.resolve(undefined);
    let promise = this.#pending.get(chunk) as Promise<T | undefined> | undefined;
    if (!promise) {
      const loading = when === 'now' ? chunk.load() : afterPaint().then(() => chunk.load());
      promise = loading.catch((error: unknown) => {
        if (!chunk.failureReported) {
          chunk.failureReported = true;
          console.error(`${messagePrefix(this.#host.localName)}could not load ${chunk.name}.`, error);
        }
        this.failed.add(chunk.name);
        return undefined;
      });
      this.#pending.set(chunk, promise);
      promise.finally(() => {
        this.#pending.delete(chunk);
        this.#host.requestUpdate();
      });
    }
    return promise;
  }

  /** Other work the element waits for before it counts as complete (a fetch of content, say). */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#work.add(settled);
    void settled.then(() => this.#work.delete(settled));
  }

  /** Whether anything the element asked for is still on its way. */
  get busy(): boolean {
    return this.#pending.size > 0 || this.#work.size > 0;
  }

  /** Resolves once nothing the element asked for is still loading (also what was asked meanwhile). */
  async settled(): Promise<void> {
    while (this.#pending.size || this.#work.size) await Promise.all([...this.#pending.values(), ...this.#work]);
  }
}
