import { html } from 'lit';
import type { PanelStrings } from '../../i18n/strings.js';

/** The problems as a readable message in the element, above the (built-in) model. */
export function renderProblems(problems: string[], strings: PanelStrings) {
  return html`<div class="problems" part="error" role="alert">
    <p><strong>${strings.contentError}.</strong> ${strings.contentErrorFallback}</p>
    <ul>
      ${problems.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}
