import { DetailPanel } from './detail-panel.js';
import { defineElement } from '../../shared/define-element.js';

export { renderOutlineParts } from './outline-parts.js';

/**
 * Registers the panel (its chunk is fetched when the page is idle, so a click finds it here).
 * The film player comes in a chunk of its own, once a film may be shown: the panel's first frame
 * (title and text) does not need it.
 */
export function definePanelElements(): void {
  defineElement('innovasjon-modell-panel', DetailPanel);
}
