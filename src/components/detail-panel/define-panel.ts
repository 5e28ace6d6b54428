import { DetailPanel } from './detail-panel.js';
import { FilmPlayer } from '../film-player/film-player.js';
import { defineElement } from '../../shared/define-element.js';

export { renderOutlineParts } from './outline-parts.js';

/** Registers the panel and its film player (the panel's chunk, fetched when first needed). */
export function definePanelElements(): void {
  defineElement('innovasjon-modell-panel', DetailPanel);
  defineElement('innovasjon-modell-film', FilmPlayer);
}
