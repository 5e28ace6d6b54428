/** The chunk behind content from the page: the validator, the repair and the problems message. */
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { ContentSourceController } from './content-source-controller.js';
import { problemsStyles } from './problems.styles.js';

export function attach(host: FeatureHost): FeatureInstance {
  const controller = new ContentSourceController(host);
  return { styles: problemsStyles, renderTop: () => controller.render() };
}
