import { DetailPanel } from '../components/detail-panel/detail-panel.js';
import { FacilitatorNotes } from '../components/facilitator-notes/facilitator-notes.js';
import { FilmPlayer } from '../components/film-player/film-player.js';
import { Worksheet } from '../components/worksheet/worksheet.js';
import { defineElement } from './define-element.js';

/** Registers the panel and what it holds (loaded as a chunk by `loadPanelElements`). */
export function definePanelElements(): void {
  defineElement('innovasjon-modell-panel', DetailPanel);
  defineElement('innovasjon-modell-film', FilmPlayer);
  defineElement('innovasjon-modell-worksheet', Worksheet);
  defineElement('innovasjon-modell-notes', FacilitatorNotes);
}
