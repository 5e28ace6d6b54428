/**
 * The chunk of the figure export's choices, fetched when the viewer first opens «Last ned
 * figuren». The PNG and SVG writers are a chunk of their own (`export-chunk.ts`).
 */
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { ExportMenu } from './export-menu.js';
import { exportMenuStyles } from './export-menu.styles.js';

export function attach(host: FeatureHost): FeatureInstance {
  const menu = new ExportMenu(host);
  return { styles: exportMenuStyles, renderActions: () => menu.render() };
}
