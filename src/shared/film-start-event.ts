/**
 * Fired when the viewer starts a film: the first play of a self-hosted file, or the press that
 * loads a hosted player. Kept with the film player, in its chunk, not in the main bundle.
 */
export const FILM_START_EVENT = 'innovasjon-film-start';

export interface FilmStartEventDetail {
  /** The film's title. */
  title: string;
  /** Where it plays from: `file`, `youtube`, `vimeo` or a registered host. */
  kind: string;
}
