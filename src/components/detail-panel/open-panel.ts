import { html } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import type { ModelContent, Practice } from '../../model/types.js';
import type { PanelSubject } from './detail-panel.js';

/** What the host hands the panel of its open part. */
export interface OpenPanelOptions {
  subject: PanelSubject;
  /** The content the subject is from: a practice's place in it gives the panel its colour. */
  content: ModelContent;
  questionsOnly: boolean;
  page: ReadonlySet<string> | undefined;
  tools: ToolStrings | undefined;
  renderTools: (practice: Practice) => unknown;
}

/**
 * The panel of the open part, beside the diagram (under it in narrow boxes), with the parts a
 * page may style through the host. Drawn by the host once the panel's chunk is here; it comes
 * with that chunk, as it draws the panel.
 */
export function renderOpenPanel({ subject, content, questionsOnly, page, tools, renderTools }: OpenPanelOptions) {
  const accent = subject.kind === 'practice' ? content.practices.indexOf(subject.practice) + 1 : 0;
  return html`<innovasjon-modell-panel
    class="detail accent-${accent}"
    exportparts="panel, heading, close-button, film, play-button, questions, worksheet, notes"
    .subject=${subject}
    .view=${questionsOnly ? 'questions' : 'all'}
    .page=${page}
    .tools=${tools}
    .renderTools=${renderTools}
  ></innovasjon-modell-panel>`;
}
