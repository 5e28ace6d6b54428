/** The facilitator notes' chunk, fetched when an element with `notes` first opens a practice. */
import { html } from 'lit';
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { defineElement } from '../../shared/define-element.js';
import { FacilitatorNotes } from './facilitator-notes.js';

/** Notes are kept per element (by its id) and, without one, per page. */
function storageKey(host: FeatureHost): string {
  return `innovasjon-modell:notes:${host.id || location.pathname}`;
}

export function attach(host: FeatureHost): FeatureInstance {
  defineElement('innovasjon-modell-notes', FacilitatorNotes);
  return {
    renderPracticeTools: (practice) =>
      host.notes
        ? html`<innovasjon-modell-notes
            exportparts="notes"
            .practice=${practice}
            .practices=${host.shownContent.practices}
            .storageKey=${storageKey(host)}
            .modelTitle=${host.shownContent.title}
            .tools=${host.tools}
          ></innovasjon-modell-notes>`
        : undefined,
  };
}
