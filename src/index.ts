/**
 * innovasjon-modell: the public API without side effects. Import `innovasjon-modell/define`
 * (or load `dist/innovasjon-modell.js`) to register the tag.
 */
export { InnovasjonModell } from './components/innovasjon-modell/innovasjon-modell.js';
export { DetailPanel, type PanelSubject } from './components/detail-panel/detail-panel.js';
export { FilmPlayer } from './components/film-player/film-player.js';
export * from './model/types.js';
export {
  validateContent,
  formatProblems,
  isSafeMediaUrl,
  type ContentProblem,
  type ValidationResult,
} from './model/validate.js';
export { nb as defaultContent } from './i18n/nb/content.js';
export { registerFilmHost, type FilmHost } from './model/film-hosts.js';
export {
  OPEN_EVENT,
  CLOSE_EVENT,
  STEP_EVENT,
  type PartEventDetail,
  type StepEventDetail,
} from './shared/events.js';
export { FILM_START_EVENT, type FilmStartEventDetail } from './shared/film-start-event.js';
export { EXPORT_EVENT, type ExportEventDetail } from './shared/export-event.js';
export type { ExportFigureOptions, ExportFormat } from './features/figure-export/export-options.js';
export { defineElement } from './shared/define-element.js';
export { layoutDiagram, type DiagramLayout, type DiagramLabels } from './geometry/diagram-layout.js';
export type { UiStrings } from './i18n/strings.js';
