import { LitElement, html, type PropertyDeclarations } from 'lit';
import type { Practice } from '../../model/types.js';
import type { ToolStrings } from '../../i18n/strings.js';
import { audiencesOf, questionsAsText, type WorksheetAudience } from './questions-text.js';
import { worksheetStyles } from './worksheet.styles.js';

const A4_PAGE = '@page { size: A4; margin: 16mm 18mm; }';

/**
 * The workshop worksheet of a practice: choose an audience, then print its questions (an A4
 * sheet with room to write: the print stylesheet shows only the sheet) or copy them as text.
 *
 * @tagname innovasjon-modell-worksheet
 * @csspart worksheet - The worksheet's controls.
 */
export class Worksheet extends LitElement {
  static override styles = worksheetStyles;

  static override properties: PropertyDeclarations = {
    practice: { attribute: false },
    tools: { attribute: false },
    audience: { state: true },
    status: { state: true },
  };

  practice?: Practice;
  /** Text of the worksheet itself (loaded on demand). */
  tools?: ToolStrings;

  /** The audience whose questions are printed or copied. */
  audience: WorksheetAudience = 'all';
  private status = '';

  private async copy(practice: Practice, tools: ToolStrings): Promise<void> {
    try {
      await navigator.clipboard.writeText(questionsAsText(practice, this.audience, tools));
      this.status = tools.worksheet.copied;
    } catch {
      this.status = tools.worksheet.copyFailed;
    }
  }

  private print(): void {
    // The sheet is in the page already, styled for print only. A4 is set on the document for
    // this print alone (page rules in a shadow root do not apply), as a constructed style
    // sheet, which strict Content Security Policies allow.
    const page = new CSSStyleSheet();
    page.replaceSync(A4_PAGE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
    const restore = () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== page);
    };
    window.addEventListener('afterprint', restore, { once: true });
    window.print();
  }

  protected override render() {
    const { practice, tools } = this;
    if (!practice || !tools) return html``;
    const { worksheet } = tools;
    const { audiences } = tools.panel;
    const choices: WorksheetAudience[] = ['all', 'self', 'team', 'leaders'];
    return html`<div class="controls" part="worksheet">
        <h3>${worksheet.heading}</h3>
        <label
          >${worksheet.audienceLabel}
          <select
            @change=${(event: Event) => (this.audience = (event.target as HTMLSelectElement).value as WorksheetAudience)}
          >
            ${choices.map(
              (choice) =>
                html`<option value=${choice} ?selected=${choice === this.audience}>
                  ${choice === 'all' ? worksheet.allAudiences : audiences[choice]}
                </option>`,
            )}
          </select>
        </label>
        <div class="buttons">
          <button type="button" class="print" @click=${this.print}>${worksheet.print}</button>
          <button type="button" class="copy" @click=${() => this.copy(practice, tools)}>${worksheet.copy}</button>
        </div>
        <p class="status" role="status">${this.status}</p>
      </div>
      <article class="sheet">
        <h1>${practice.title}</h1>
        <p>${practice.intro}</p>
        <p class="note">${worksheet.printedNote}</p>
        ${audiencesOf(this.audience).map(
          (audience) => html`<h2>${audiences[audience]}</h2>
            <ol>
              ${practice.questions[audience].map(
                (question) => html`<li><p>${question}</p><div class="answer" aria-hidden="true"></div></li>`,
              )}
            </ol>`,
        )}
      </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-worksheet': Worksheet;
  }
}
