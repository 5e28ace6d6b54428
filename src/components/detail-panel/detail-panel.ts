import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { AUDIENCES, type CultureCore, type Practice } from '../../model/types.js';
import { FILM_KEY, INTRO_KEY, bodyKey, questionKey, valueKey } from '../../model/part-pieces.js';
import type { PanelStrings, ToolStrings } from '../../i18n/strings.js';
import { DISMISS_EVENT } from '../../shared/events.js';
import { innerUpdatesComplete } from '../../shared/inner-updates.js';
import { afterPaint } from '../../shared/after-paint.js';
import { detailPanelStyles } from './detail-panel.styles.js';

/** What the panel shows: the core or one practice. */
export type PanelSubject = { kind: 'core'; core: CultureCore } | { kind: 'practice'; practice: Practice };

/**
 * The panel that shows the open part: its text, and for a practice its film and questions.
 * Internal to `<innovasjon-modell>`; it asks its owner to close by an internal event.
 *
 * @tagname innovasjon-modell-panel
 * @fires panel-dismiss - Internal: the close button was pressed; stays inside the owner's shadow root.
 *
 * @csspart panel - The panel's box.
 * @csspart heading - The part's title.
 * @csspart close-button - The close button.
 * @csspart film - The film section.
 * @csspart questions - The reflection questions.
 * @csspart worksheet - The worksheet controls (print, copy).
 * @csspart notes - The facilitator's notes.
 */
export class DetailPanel extends LitElement {
  static override styles = detailPanelStyles;

  static override properties: PropertyDeclarations = {
    subject: { attribute: false },
    variant: { attribute: false },
    view: { attribute: false },
    tools: { attribute: false },
    renderTools: { attribute: false },
    page: { attribute: false },
    restOf: { state: true },
  };

  /** The part to show. */
  subject?: PanelSubject;

  /**
   * `panel`: the open part, a region with a close button. `outline`: one part of the text
   * version of the whole model, with neither (five more landmarks would crowd the page).
   */
  variant: 'panel' | 'outline' = 'panel';

  /** `all` shows everything; `questions` only the questions, large (a presenter step). */
  view: 'all' | 'questions' = 'all';

  /** Interface text in the element's language: the panel's, the worksheet's and the notes' (loaded on demand). */
  tools?: ToolStrings;

  /** Draws the tools at the end of a practice's panel (worksheet, notes): the owner's features. */
  renderTools?: (practice: Practice) => unknown;

  /**
   * One page of a presentation: the keys of the pieces to draw (see `partPieces`), under the
   * heading; headings of the values, film and questions go with their first piece on the page.
   * The tools stay off a page: they are for the desk, not the screen. Unset, everything is drawn.
   */
  page?: ReadonlySet<string>;

  /**
   * The practice whose film, questions and tools are drawn. A newly opened practice shows its
   * title and text at once, and the rest in the frame after that paint: the click is answered
   * in the first frame, by what the reader sees first.
   */
  private restOf = '';
  /** Resolves when the rest is drawn; waited for by `updateComplete`. */
  #rest?: Promise<void>;
  /** Draws the rest at once: ends the wait for the paint (when the panel leaves the page). */
  #drawRest?: () => void;

  /** The open practice's id; '' for the core. */
  get #practiceId(): string {
    return this.subject?.kind === 'practice' ? this.subject.practice.id : '';
  }

  protected override updated(): void {
    // A presenter's page is small and drawn at once.
    if (this.#practiceId === this.restOf || this.#rest || this.page) return;
    // Once the text is painted; at once when the panel leaves the page.
    const left = new Promise<void>((resolve) => (this.#drawRest = resolve));
    this.#rest = Promise.race([afterPaint(), left]).then(() => {
      this.#rest = undefined;
      this.restOf = this.#practiceId;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#drawRest?.();
    this.#drawRest = undefined;
  }

  /** Resolves when the panel is drawn whole: text, film, questions and tools. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#rest) {
      await this.#rest;
      complete = await super.getUpdateComplete();
    }
    await innerUpdatesComplete(this.renderRoot);
    return complete;
  }

  private dismiss(): void {
    this.dispatchEvent(new CustomEvent(DISMISS_EVENT, { bubbles: true }));
  }

  /** Whether the piece is drawn: every piece without a page, else the page's. */
  #shows(key: string): boolean {
    return !this.page || this.page.has(key);
  }

  /** The items whose piece is drawn, each with its index among all. */
  #shown<T>(items: readonly T[], key: (index: number) => string): Array<[T, number]> {
    return items.map((item, index): [T, number] => [item, index]).filter(([, index]) => this.#shows(key(index)));
  }

  private renderCore(core: CultureCore, strings: PanelStrings) {
    const values = this.#shown(core.values, valueKey);
    return html`${this.#shown(core.body, bodyKey).map(([paragraph]) => html`<p>${paragraph}</p>`)}
      ${values.length || !this.page
        ? html`<h3>${strings.valuesHeading}</h3>
            <dl class="values">${values.map(([value]) => html`<dt>${value.label}</dt><dd>${value.text}</dd>`)}</dl>`
        : nothing}`;
  }

  private renderQuestions(practice: Practice, strings: PanelStrings) {
    const audiences = AUDIENCES.map((audience) => ({
      audience,
      questions: this.#shown(practice.questions[audience], (index) => questionKey(audience, index)),
    })).filter(({ questions }) => questions.length || !this.page);
    if (!audiences.length) return nothing;
    return html`<section part="questions" class="questions-section">
      <h3>${strings.questionsHeading}</h3>
      ${audiences.map(
        ({ audience, questions }) => html`<h4>${strings.audiences[audience]}</h4>
          <ul class="questions">
            ${questions.map(([question]) => html`<li>${question}</li>`)}
          </ul>`,
      )}
    </section>`;
  }

  private renderPractice(practice: Practice, strings: PanelStrings) {
    if (this.view === 'questions') return this.renderQuestions(practice, strings);
    return html`${this.#shows(INTRO_KEY) ? html`<p class="intro">${practice.intro}</p>` : nothing}
      ${this.#shown(practice.body, bodyKey).map(([paragraph]) => html`<p class="body">${paragraph}</p>`)}
      ${this.variant === 'outline' || this.restOf === practice.id || this.page
        ? html`${this.#shows(FILM_KEY)
              ? html`<section part="film" class="film-section">
                  <h3>${strings.filmHeading}</h3>
                  <innovasjon-modell-film exportparts="play-button" .film=${practice.film} .strings=${strings}></innovasjon-modell-film>
                </section>`
              : nothing}
            ${this.renderQuestions(practice, strings)}
            ${this.variant === 'panel' && !this.page ? this.renderTools?.(practice) : nothing}`
        : nothing}`;
  }

  protected override render() {
    const { subject, tools } = this;
    if (!subject || !tools) return nothing;
    const strings = tools.panel;
    const title = subject.kind === 'core' ? subject.core.title : subject.practice.title;
    return html`<section
      part="panel"
      class="panel ${this.view === 'questions' ? 'questions-view' : ''} ${this.page ? 'paged' : ''} ${subject.kind}"
      aria-labelledby=${this.variant === 'panel' ? 'heading' : nothing}
    >
      <div class="header">
        <h2 id="heading" part="heading">${title}</h2>
        ${this.variant === 'panel'
          ? html`<button
              part="close-button"
              class="close"
              type="button"
              aria-label=${strings.closeName(title)}
              @click=${this.dismiss}
            >
              <span class="close-icon" aria-hidden="true"></span><span>${strings.close}</span>
            </button>`
          : nothing}
      </div>
      ${subject.kind === 'core'
        ? this.renderCore(subject.core, strings)
        : this.renderPractice(subject.practice, strings)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-panel': DetailPanel;
  }
}
