import type { PartId } from '../model/types.js';
import type { ExportEventDetail } from './export-event.js';
import type { FilmStartEventDetail } from './film-start-event.js';

/** Fired when a part is about to open by the viewer's action; cancelable. */
export const OPEN_EVENT = 'innovasjon-open';
/** Fired when the panel has closed by the viewer's action. */
export const CLOSE_EVENT = 'innovasjon-close';
/** Fired when presenter mode moves to another step. */
export const STEP_EVENT = 'innovasjon-step';
/** Internal: the presenter bar asks its owner to step or to stop presenting. */
export const PRESENTER_COMMAND_EVENT = 'presenter-command';
export type PresenterCommand = 'next' | 'previous' | 'exit';
/** Internal: the panel asks its owner to close. Bubbles, but not out of the owner's shadow root. */
export const DISMISS_EVENT = 'panel-dismiss';

export interface PartEventDetail {
  /** The part's id: `kjerne` or a practice id. */
  id: PartId;
}

export interface StepEventDetail {
  /** The step now shown, counted from 1. */
  step: number;
  /** How many steps there are. */
  total: number;
  /** The part the step opens: '' for the overview. */
  id: PartId | '';
  /** True when the step shows only the practice's questions. */
  questions: boolean;
}

/** The public events bubble and cross shadow roots, so a page can listen on `document`. */
export function publicEvent(
  type: string,
  detail: PartEventDetail,
  cancelable = false,
): CustomEvent<PartEventDetail> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

declare global {
  interface HTMLElementEventMap {
    [OPEN_EVENT]: CustomEvent<PartEventDetail>;
    [CLOSE_EVENT]: CustomEvent<PartEventDetail>;
    [STEP_EVENT]: CustomEvent<StepEventDetail>;
    'innovasjon-film-start': CustomEvent<FilmStartEventDetail>;
    'innovasjon-export': CustomEvent<ExportEventDetail>;
  }
}
