import { DetailPanel } from '../components/detail-panel/detail-panel.js';
import { FilmPlayer } from '../components/film-player/film-player.js';
import { defineElement } from './define-element.js';

/** Registers the panel and the film player (loaded as a chunk by `loadPanelElements`). */
export function definePanelElements(): void {
  defineElement('innovasjon-modell-panel', DetailPanel);
  defineElement('innovasjon-modell-film', FilmPlayer);
}
