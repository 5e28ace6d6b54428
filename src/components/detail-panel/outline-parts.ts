import { html } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import type { ModelContent } from '../../model/types.js';
import type { PanelSubject } from './detail-panel.js';

/**
 * The parts of the text version, the whole model as headings, text and lists: one outline panel
 * for the core and one for each practice. Drawn by the host inside its disclosure once it is open;
 * it comes with the panel's chunk, as it draws panels.
 */
export function renderOutlineParts(content: ModelContent, tools: ToolStrings | undefined) {
  const subjects: PanelSubject[] = [
    { kind: 'core', core: content.core },
    ...content.practices.map((practice): PanelSubject => ({ kind: 'practice', practice })),
  ];
  return html`<div class="outline-parts">
    ${subjects.map(
      (subject) =>
        html`<innovasjon-modell-panel
          exportparts="panel: outline-panel"
          .subject=${subject}
          .tools=${tools}
          .variant=${'outline'}
        ></innovasjon-modell-panel>`,
    )}
  </div>`;
}
