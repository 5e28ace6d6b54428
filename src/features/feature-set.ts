import type { CSSResult } from 'lit';
import type { LazyLoader } from '../controllers/lazy-loader.js';
import type { Practice } from '../model/types.js';
import type { Feature, FeatureHost, FeatureInstance } from './feature.js';

/**
 * The element's opt-in features: each is fetched through the element's lazy loader the first
 * time it is wanted, and attached once. The element asks on every update; a feature on its way
 * is not asked for again (the loader shares the promise).
 */
export class FeatureSet {
  readonly #host: FeatureHost;
  readonly #features: readonly Feature[];
  readonly #loader: LazyLoader;
  readonly #addStyles: (styles: CSSResult) => void;
  readonly #attached = new Map<Feature, FeatureInstance>();

  constructor(host: FeatureHost, features: readonly Feature[], loader: LazyLoader, addStyles: (styles: CSSResult) => void) {
    this.#host = host;
    this.#features = features;
    this.#loader = loader;
    this.#addStyles = addStyles;
  }

  /** The features wanted now whose chunk is not here yet. */
  #waitingFor(): Feature[] {
    return this.#features.filter((feature) => !this.#attached.has(feature) && feature.wanted(this.#host));
  }

  /** Fetches what is wanted and not here yet; call before each render. */
  update(): void {
    for (const feature of this.#waitingFor()) this.#load(feature);
  }

  /** A feature that decides what is shown is fetched at once; the others after the frame being drawn. */
  #load(feature: Feature): void {
    void this.#loader.load(feature.chunk, feature.holdsFirstPaint ? 'now' : 'after-paint').then((module) => {
      if (!module || this.#attached.has(feature)) return;
      const instance = module.attach(this.#host);
      this.#attached.set(feature, instance);
      if (instance.styles) this.#addStyles(instance.styles);
      this.#host.requestUpdate();
    });
  }

  /** Whether a wanted feature draws with the tools' text. */
  get needsTools(): boolean {
    return this.#features.some((feature) => feature.needsTools && feature.wanted(this.#host));
  }

  /** Whether a wanted feature that decides what is shown (content from the page) is still on its way. */
  get holdsFirstPaint(): boolean {
    // A chunk that failed for good holds nothing: the built-in content is shown, with the message.
    return this.#waitingFor().some((feature) => feature.holdsFirstPaint && !this.#loader.failed.has(feature.chunk.name));
  }

  renderTop(): unknown[] {
    return [...this.#attached.values()].map((instance) => instance.renderTop?.());
  }

  renderActions(): unknown[] {
    return [...this.#attached.values()].map((instance) => instance.renderActions?.());
  }

  /** The page of the open part a feature asks the panel to draw; undefined for the whole part. */
  panelPage(): ReadonlySet<string> | undefined {
    for (const instance of this.#attached.values()) {
      const page = instance.panelPage?.();
      if (page) return page;
    }
    return undefined;
  }

  renderPracticeTools(practice: Practice): unknown[] {
    return [...this.#attached.values()].map((instance) => instance.renderPracticeTools?.(practice));
  }
}
