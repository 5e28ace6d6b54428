import type { PartId } from '../content/types.js';

/** Fired when a part is about to open by the viewer's action; cancelable. */
export const OPEN_EVENT = 'innovasjon-open';
/** Fired when the panel has closed by the viewer's action. */
export const CLOSE_EVENT = 'innovasjon-close';
/** Internal: the diagram asks its owner to open or close a part. Bubbles, but not out of the owner's shadow root. */
export const ACTIVATE_EVENT = 'diagram-activate';
/** Internal: the panel asks its owner to close. Bubbles, but not out of the owner's shadow root. */
export const DISMISS_EVENT = 'panel-dismiss';

export interface PartEventDetail {
  /** The part's id: `kjerne` or a practice id. */
  id: PartId;
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
  }
}
