import { FilmPlayer } from './film-player.js';
import { defineElement } from '../../shared/define-element.js';

/** Registers the film player: a chunk of its own, fetched when a film may be shown. */
export function defineFilmPlayer(): void {
  defineElement('innovasjon-modell-film', FilmPlayer);
}
