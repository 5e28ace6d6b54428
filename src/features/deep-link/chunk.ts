/** Deep links' chunk, fetched when an element first has `deep-link`. */
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { HashLinkController } from './hash-link-controller.js';

export function attach(host: FeatureHost): FeatureInstance {
  new HashLinkController(host);
  return {};
}
