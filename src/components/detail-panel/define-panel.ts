import { DetailPanel } from './detail-panel.js';
import { CSSResult } from 'lit';
import { defineElement } from '../../shared/define-element.js';

export { renderOpenPanel } from './open-panel.js';
export { renderOutlineParts } from './outline-parts.js';
export { diagramWidths } from './diagram-widths.js';
export { hostLayoutStyles } from './host-layout.styles.js';

/**
 * Registers the panel (its chunk is fetched when the page is idle, so a click finds it here).
 * The film player comes in a chunk of its own, once a film may be shown: the panel's first frame
 * (title and text) does not need it.
 */
export function definePanelElements(): void {
  defineElement('innovasjon-modell-panel', DetailPanel);
  // Parse the panel's style sheets now, while the page is idle, rather than at the first click.
  for (const style of DetailPanel.elementStyles) if (style instanceof CSSResult) void style.styleSheet;
}
