import { LitElement, html, type PropertyDeclarations } from 'lit';
import type { PracticeId } from '../../model/types.js';
import type { ToolStrings } from '../../i18n/strings.js';
import { downloadBlob } from '../../shared/download.js';
import { deleteNotes, loadNotes, saveNote } from './notes-store.js';
import { facilitatorNotesStyles } from './facilitator-notes.styles.js';

/** What the notes field needs to know of the practices: ids and titles, in order. */
export interface NotesPractice {
  id: PracticeId;
  title: string;
}

/**
 * A facilitator's notes on one practice, saved in this browser as they are typed; the download
 * holds the notes on every practice, and «delete» removes them all.
 *
 * @tagname innovasjon-modell-notes
 * @csspart notes - The notes section.
 */
export class FacilitatorNotes extends LitElement {
  static override styles = facilitatorNotesStyles;

  static override properties: PropertyDeclarations = {
    practice: { attribute: false },
    practices: { attribute: false },
    storageKey: { attribute: false },
    modelTitle: { attribute: false },
    tools: { attribute: false },
    status: { state: true },
  };

  /** The practice these notes are on. */
  practice?: NotesPractice;
  /** Every practice, for the downloaded file. */
  practices: NotesPractice[] = [];
  /** localStorage key; includes the owner element's id. */
  storageKey = '';
  modelTitle = '';
  /** Text of the notes (loaded on demand). */
  tools?: ToolStrings;

  private status = '';

  private get text(): string {
    return this.practice ? (loadNotes(this.storageKey)[this.practice.id] ?? '') : '';
  }

  private onInput(event: Event): void {
    if (!this.practice) return;
    saveNote(this.storageKey, this.practice.id, (event.target as HTMLTextAreaElement).value);
    this.status = '';
  }

  /** The notes on every practice as plain text, headed by each practice's title. */
  exportText(): string {
    const notes = loadNotes(this.storageKey);
    const sections = this.practices
      .filter((practice) => notes[practice.id])
      .map((practice) => `${practice.title}\n${'-'.repeat(practice.title.length)}\n${notes[practice.id]}`);
    return `${this.tools?.notes.fileTitle(this.modelTitle) ?? ''}\n\n${sections.join('\n\n')}\n`;
  }

  private download(): void {
    const text = new Blob([this.exportText()], { type: 'text/plain;charset=utf-8' });
    downloadBlob(text, this.tools?.notes.fileName ?? 'notater.txt');
  }

  private delete(): void {
    deleteNotes(this.storageKey);
    const field = this.renderRoot.querySelector('textarea');
    if (field) field.value = '';
    this.status = this.tools?.notes.deleted ?? '';
  }

  protected override render() {
    const { practice, tools } = this;
    if (!practice || !tools) return html``;
    const { notes } = tools;
    return html`<section part="notes">
      <h3>${notes.heading}</h3>
      <label for="notes">${notes.label(practice.title)}</label>
      <p class="hint" id="hint">${notes.hint}</p>
      <textarea id="notes" rows="5" aria-describedby="hint" .value=${this.text} @input=${this.onInput}></textarea>
      <div class="buttons">
        <button type="button" class="export" @click=${this.download}>${notes.export}</button>
        <button type="button" class="delete" @click=${this.delete}>${notes.delete}</button>
      </div>
      <p class="status" role="status">${this.status}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-notes': FacilitatorNotes;
  }
}
