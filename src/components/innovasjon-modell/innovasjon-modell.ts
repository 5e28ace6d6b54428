import { LitElement, adoptStyles, html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CORE_ID, PRACTICE_IDS, type ModelContent, type PartId } from '../../content/types.js';
import { DEFAULT_LANG, inheritedLang, matchLang, type SupportedLang } from '../../i18n/resolve-lang.js';
import {
  ACTIVATE_EVENT,
  CLOSE_EVENT,
  DISMISS_EVENT,
  OPEN_EVENT,
  PRESENTER_COMMAND_EVENT,
  publicEvent,
  type PartEventDetail,
  type PresenterCommand,
} from '../../internal/events.js';
import { defineDiagram, loadPanelElements } from '../../internal/define-internal.js';
import { loadLocale, loadedLocale, type Locale } from '../../internal/locales.js';
import { reportLoadFailure } from '../../internal/report.js';
import type { HashLinkController } from '../../internal/hash-link-controller.js';
import type { PresenterController } from '../../internal/presenter-controller.js';
import type { ModelDiagram } from '../model-diagram/model-diagram.js';
import type { PanelSubject } from '../detail-panel/detail-panel.js';
import { loadToolStrings, type PanelStrings, type ToolStrings } from '../../i18n/tool-strings.js';
import type { FilmHost } from '../../content/film-hosts.js';
import { innovasjonModellStyles } from './innovasjon-modell.styles.js';

const TAG = 'innovasjon-modell';

/**
 * The model «Kultur for innovasjon» as an interactive diagram: the culture core in the centre,
 * the four leadership practices around it. Activating a part opens its text, film and
 * reflection questions in a panel beside the diagram (below it in narrow containers).
 *
 * Children are not slotted: they are fallback content, shown until the script has run (and where
 * scripts are off), and an optional `<script type="application/json">` with content.
 *
 * @tagname innovasjon-modell
 * @summary Interactive, accessible diagram of «Kultur for innovasjon» (Meld. St. 30 (2019–2020)).
 *
 * @fires {CustomEvent<PartEventDetail>} innovasjon-open - A part is about to open by the viewer's click, tap or key.
 *   `detail.id` is the part's id. Cancelable: `preventDefault()` keeps it closed.
 * @fires {CustomEvent<PartEventDetail>} innovasjon-close - The viewer closed the panel (close button, Escape, or the open part
 *   again). `detail.id` is the id of the part that was open.
 * @fires {CustomEvent<FilmStartEventDetail>} innovasjon-film-start - The viewer started a film: the first play of a self-hosted file, or
 *   the press that loads a YouTube, Vimeo or other hosted player. `detail` is `{ title, kind }`.
 * @fires {CustomEvent<StepEventDetail>} innovasjon-step - Presenter mode moved to another step. `detail` is
 *   `{ step, total, id, questions }` (`step` counts from 1; `id` is '' for the overview).
 *
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme: `auto` (default) follows the reader's
 *   light or dark setting; `light` and `dark` force one, for pages that do not follow it.
 *   An attribute only: the element's styles read it.
 *
 * @csspart base - The element's outer box.
 * @csspart diagram - The SVG drawing.
 * @csspart core - The culture core in the centre.
 * @csspart segment - Each practice's ring segment; also `segment-1` … `segment-4`, clockwise from the top right.
 * @csspart selected - The open part in the diagram.
 * @csspart panel - The detail panel.
 * @csspart heading - The panel's heading.
 * @csspart close-button - The panel's close button.
 * @csspart film - The film section.
 * @csspart play-button - The button that loads a YouTube or Vimeo player.
 * @csspart questions - The reflection questions.
 * @csspart source - The note on where the model comes from.
 * @csspart error - The message shown when content could not be used.
 * @csspart worksheet - The worksheet controls in a practice's panel.
 * @csspart notes - The facilitator's notes in a practice's panel.
 * @csspart outline - The disclosure with the whole model as text.
 * @csspart present-button - The button that starts presenter mode.
 * @csspart presenter-bar - The step bar in presenter mode (previous, counter, next, exit).
 * @csspart outline-panel - Each part in the text version.
 *
 * @cssproperty --im-font-family - Font of the element. Default: `--ds-font-family`, else inherited from the page.
 * @cssproperty --im-color-text - Text colour. Default: `--ds-color-neutral-text-default`, else our own.
 * @cssproperty --im-color-label - Labels drawn on the practice segments.
 * @cssproperty --im-color-background - Background of the element. Default: `--ds-color-neutral-background-default`, else transparent (light) or dark.
 * @cssproperty --im-color-panel-background - Background of the detail panel. Default: `--ds-color-neutral-background-default`, else our own.
 * @cssproperty --im-color-border - Outlines of segments, panel and buttons. Default: `--ds-color-neutral-border-default`, else our own.
 * @cssproperty --im-color-focus - Keyboard focus ring. Default: `--ds-color-focus-outer`, else our own.
 * @cssproperty --im-color-link - Links in the panel. Default: `--ds-color-accent-text-subtle`, else our own.
 * @cssproperty --im-color-hover - Background of buttons under the pointer. Default: `--ds-color-neutral-surface-hover`, else our own.
 * @cssproperty --im-color-core - Fill of the culture core.
 * @cssproperty --im-color-core-text - Text on the culture core.
 * @cssproperty --im-color-practice-1 - Fill of the first practice segment (also -2, -3, -4).
 * @cssproperty --im-color-practice-1-strong - Fill of the first practice when open (also -2, -3, -4).
 * @cssproperty --im-color-on-strong - Text on an open part.
 * @cssproperty --im-color-core-strong - Fill of the culture core when open.
 * @cssproperty --im-color-button - Fill of the button that loads a hosted film player (its text is `--im-color-on-strong`).
 * @cssproperty --im-color-film-background - Background of the film area before a hosted player loads.
 * @cssproperty --im-color-film-text - Text on the film area.
 * @cssproperty --im-diagram-max-size - Largest width of the diagram. Default: 40rem.
 * @cssproperty --im-radius - Corner radius of panel and buttons. Default: `--ds-border-radius-md`, else 6px.
 * @cssproperty --im-panel-padding - Inner space of the panel. Default: 1rem to 1.75rem, by the element's width.
 * @cssproperty --im-heading-size - Size of the panel's heading. Default: 1.25em to 1.5em, by the element's width.
 * @cssproperty --im-transition-duration - Length of hover and selection transitions. Default: 150ms; 0ms when the reader prefers reduced motion.
 */
export class InnovasjonModell extends LitElement {
  static override styles = innovasjonModellStyles;

  // Declared here rather than by decorators: the decorator code would cost the bundle ~400 bytes.
  static override properties: PropertyDeclarations = {
    selected: { reflect: true, converter: { toAttribute: (id: string) => id || null } },
    lang: { reflect: true },
    presenting: { type: Boolean, reflect: true },
    presentQuestions: { type: Boolean, attribute: 'present-questions' },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    notes: { type: Boolean },
    src: {},
    content: { attribute: false },
    locale: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    contentPending: { state: true, attribute: false },
    outlineOpen: { state: true, attribute: false },
    tools: { state: true, attribute: false },
    questionsView: { state: true, attribute: false },
  };

  /**
   * Allows films from another video service (besides self-hosted files, YouTube and Vimeo), as
   * sources `{ kind, videoId }`; for pages that load the script tag, which cannot import. The
   * registry is fetched with the validator, so this returns a promise; register before setting
   * content that uses the host.
   */
  static registerFilmHost(kind: string, host: FilmHost): Promise<void> {
    return import('../../content/film-hosts.js').then((hosts) => hosts.registerFilmHost(kind, host));
  }

  /**
   * The open part: `kjerne` or a practice id (`muligheter-og-retning`, `tillit-og-risikovilje`,
   * `samarbeid-og-involvering`, `laere-og-endre-praksis`); empty when the panel is closed.
   * Setting it opens that part; it does not fire `innovasjon-open`, which is for the viewer's actions.
   */
  selected: PartId | '' = '';

  /**
   * Language of content and interface: `nb` (default), `nn` or `en`. Without it the closest
   * ancestor's `lang` applies, then the document's.
   */
  override lang!: string;

  /**
   * Presenter mode: full screen (or the whole viewport where full screen is refused), large type,
   * and the keys of a slide clicker step through overview, core and practices. Escape leaves.
   */
  presenting = false;

  /** In presenter mode, follow each practice with a step showing only its questions. */
  presentQuestions = false;

  /**
   * Write the open part to the URL hash (under the element's id) and open the part a link names,
   * so a link can open the model at the right part.
   */
  deepLink = false;

  /**
   * Facilitator notes: a notes field per practice, kept only in this browser (localStorage,
   * under a key with the element's id), with download and delete.
   */
  notes = false;

  /**
   * Address of a JSON content file (same schema as `content`, see `innovasjon-modell.schema.json`),
   * laid over the built-in content: give only what differs, such as your own films or questions.
   * A file that cannot be fetched or read is reported; the built-in content stays usable.
   */
  src = '';

  /**
   * Replaces the built-in content (see `ModelContent`). Invalid content is reported in the
   * element and the console, and the built-in content is shown instead.
   */
  content?: ModelContent;

  private locale: Locale = loadedLocale(DEFAULT_LANG) as Locale;
  private announcement = '';
  /** True while new content is being validated. */
  private contentPending = false;
  /** The text version is rendered only while it is open. */
  private outlineOpen = false;
  #validContent?: ModelContent;
  #chunkStyles: CSSResult[] = [];
  #problems: string[] = [];
  /** Draws the problems; comes with the validator's chunk, the only source of problems. */
  #renderProblems?: (problems: string[], strings: PanelStrings) => unknown;
  /** Cancels the idle-time preload of the panel, when the element leaves before it ran. */
  #cancelPreload?: () => void;
  /** The content request under way, aborted when a newer one starts or the element leaves. */
  #contentRequest?: AbortController;
  /** The language whose built-in content `src` or inline JSON was last laid over. */
  #contentBase?: SupportedLang;

  /** Text of the on-demand tools (presenter, worksheet, notes), once loaded for the language. */
  private tools?: ToolStrings;
  /** The language in use, once resolved from the attributes. */
  #resolvedLang: SupportedLang = DEFAULT_LANG;

  /** Whether the open practice shows only its questions (a presenter step). */
  private questionsView = false;

  /** Created from chunks of their own when first needed: presenting, and deep links. */
  #presenter?: PresenterController;
  #hashLink?: HashLinkController;

  constructor() {
    super();
    defineDiagram();
    this.addEventListener('keydown', this.#onKeydown);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The internal events bubble to this shadow root and no further.
    root.addEventListener(ACTIVATE_EVENT, (event) => this.#onActivate(event as CustomEvent<PartEventDetail>));
    root.addEventListener(DISMISS_EVENT, () => this.#closeByViewer());
    root.addEventListener(PRESENTER_COMMAND_EVENT, (event) =>
      this.#presenter?.command((event as CustomEvent<PresenterCommand>).detail),
    );
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // No fetch or timer outlives the element's place in the page.
    this.#contentRequest?.abort();
    this.#cancelPreload?.();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A request cut off by a disconnect starts again.
    if (this.hasUpdated) {
      if (this.contentPending) this.#updateContent();
      // Moved under another ancestor: its lang may differ. (The first update resolves it.)
      this.#applyLang();
    }
    // Fetch the panel's code and text once the page is idle, so a first click finds them ready;
    // where requestIdleCallback is missing (Safari), after a short wait instead.
    const preload = () => {
      loadPanelElements();
      if (!this.tools) this.#loadTools();
      if (this.locale.partial) this.#loadLocale();
    };
    if (typeof requestIdleCallback == 'function') {
      const handle = requestIdleCallback(preload);
      this.#cancelPreload = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(preload, 500);
      this.#cancelPreload = () => clearTimeout(handle);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.hasUpdated) this.#applyLang();
    // Content laid over the built-in content is laid again over another language's.
    const newBase = this.#contentBase !== undefined && this.#contentBase !== this.#resolvedLang;
    if (changed.has('content') || changed.has('src') || !this.hasUpdated || newBase) this.#updateContent();
    if (this.selected || this.outlineOpen) loadPanelElements();
    // Opening a part needs the texts, films and questions, which may still be on their way.
    if ((this.selected || this.outlineOpen || this.presenting) && this.locale.partial) this.#loadLocale();
    if ((this.selected || this.presenting || this.outlineOpen || this.#problems.length) && !this.tools) this.#loadTools();
    if (this.presenting && !this.#presenter) this.#loadPresenter();
    if (this.deepLink && !this.#hashLink) this.#loadHashLink();
    // A questions-only view belongs to presenter mode, and to the step that opened it.
    if ((changed.has('presenting') || changed.has('selected')) && !this.presenting) this.questionsView = false;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('selected') || changed.has('questionsView')) {
      this.#hashLink?.write(this.selected, this.questionsView);
    }
  }

  async #loadPresenter(): Promise<void> {
    // A chunk that does not load is reported, and leaves the element as it was.
    const module = await import('../../internal/presenter-mode.js').catch(reportLoadFailure('presenter mode'));
    if (!module) return;
    const { PresenterController, definePresenterBar, presentingStyles } = module;
    definePresenterBar();
    if (this.#presenter) return;
    this.#addStyles(presentingStyles);
    this.#presenter = new PresenterController(this, {
      practiceIds: () => this.#shownContent.practices.map((p) => p.id),
      titleOf: (id) => this.#titleOf(id),
      tools: () => this.tools,
      modelTitle: () => this.#shownContent.title,
      current: () => ({ part: this.selected, questions: this.questionsView }),
      show: (part, questions) => {
        this.selected = part;
        this.questionsView = questions;
      },
    });
    this.requestUpdate();
  }

  /** Loads the tools' text for the language in use (again after a language change). */
  #loadTools(): void {
    const lang = this.#resolvedLang;
    loadToolStrings(lang).then(
      (tools) => {
        if (lang === this.#resolvedLang) this.tools = tools;
      },
      reportLoadFailure('the interface text'),
    );
  }

  async #loadHashLink(): Promise<void> {
    const module = await import('../../internal/hash-link-controller.js').catch(reportLoadFailure('deep links'));
    if (!module) return;
    const { HashLinkController } = module;
    this.#hashLink ??= new HashLinkController(
      this,
      (part, questions) => {
        this.selected = part;
        this.questionsView = this.presenting && questions;
      },
      () => ({ part: this.selected, questions: this.questionsView }),
    );
  }

  /** Moves presenter mode one step forward (1) or back (-1), as the clicker keys do. */
  presenterStep(delta: 1 | -1): void {
    this.#presenter?.go(delta);
  }

  #startPresenting(): void {
    this.presenting = true;
    // Asked within the click's user activation, which the Fullscreen API requires.
    this.#loadPresenter().then(() => this.#presenter?.requestFullscreen());
  }

  /** The content shown: the embedder's when it is valid, else the built-in one. */
  get #shownContent(): ModelContent {
    return this.#validContent ?? this.locale.content;
  }

  #applyLang(): void {
    const tag = this.lang || inheritedLang(this);
    const lang: SupportedLang = matchLang(tag) ?? DEFAULT_LANG;
    if (tag && !matchLang(tag)) {
      console.info(`<${TAG}>: no content in the language "${tag}"; showing bokmål.`);
    }
    if (lang !== this.#resolvedLang) {
      this.#resolvedLang = lang;
      if (this.tools) this.#loadTools();
    }
    const ready = loadedLocale(lang);
    if (ready) this.locale = ready;
    else this.#loadLocale();
  }

  /** Loads the complete locale of the language in use: another language, or bokmål's texts. */
  #loadLocale(): void {
    const lang = this.#resolvedLang;
    loadLocale(lang).then(
      (locale) => {
        // Only apply it if the language has not changed again while it loaded.
        if (lang === this.#resolvedLang) this.locale = locale;
      },
      reportLoadFailure(`the language "${lang}"`),
    );
  }

  /** Whether the content shown has its texts: the page's content, or a complete locale. */
  get #hasDetails(): boolean {
    return !!this.#validContent || !this.locale.partial;
  }

  /**
   * Gets and checks the content the page asks for: the `content` property, else the `src` file,
   * else a child `<script type="application/json">` (both laid over the built-in content). The
   * code for this is a chunk of its own, fetched only by pages that use it; until it answers,
   * the layout is marked busy and shows a light placeholder, so the built-in content never
   * flashes in place of the page's. A newer request aborts an older one.
   */
  #updateContent(): void {
    this.#contentRequest?.abort();
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (this.content === undefined && !this.src && inline === undefined) {
      this.#contentBase = undefined;
      this.#validContent = undefined;
      this.#problems = [];
      this.contentPending = false;
      return;
    }
    const request = (this.#contentRequest = new AbortController());
    const { content, src } = this;
    this.#contentBase = content === undefined ? this.#resolvedLang : undefined;
    this.contentPending = true;
    import('../../internal/content-check.js')
      .then(async ({ resolveContent, renderProblems, problemsStyles }) => {
        // Laid over the complete built-in content, whose texts may still have to load.
        const base = (await loadLocale(this.#resolvedLang)).content;
        const result = await resolveContent({ content, src, inline, base, signal: request.signal }, TAG);
        // The message about problems needs its text: fetch it before the layout stops being busy.
        if (result.problems.length && !this.tools) this.tools = await loadToolStrings(this.#resolvedLang);
        if (request.signal.aborted) return;
        ({ valid: this.#validContent, problems: this.#problems } = result);
        if (!this.#renderProblems) {
          this.#renderProblems = renderProblems;
          this.#addStyles(problemsStyles);
        }
        this.contentPending = false;
      })
      .catch((error: unknown) => {
        if (request.signal.aborted) return;
        reportLoadFailure('the content')(error);
        this.contentPending = false;
      });
  }

  /** Styles that come with a chunk (presenter mode, problem messages) join the element's own. */
  #addStyles(styles: CSSResult): void {
    this.#chunkStyles.push(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...InnovasjonModell.elementStyles, ...this.#chunkStyles]);
  }

  /** The part named by `selected`, or undefined (with a console note) for an unknown id. */
  get #openSubject(): PanelSubject | undefined {
    const id = this.selected;
    if (!id || !this.#hasDetails) return undefined;
    const content = this.#shownContent;
    if (id === CORE_ID) return { kind: 'core', core: content.core };
    const practice = content.practices.find((p) => p.id === id);
    if (practice) return { kind: 'practice', practice };
    console.warn(`<${TAG}>: selected="${id}" is not a part of the model (${[CORE_ID, ...PRACTICE_IDS].join(', ')}).`);
    return undefined;
  }

  #titleOf(id: PartId): string {
    const content = this.#shownContent;
    return id === CORE_ID ? content.core.title : (content.practices.find((p) => p.id === id)?.title ?? id);
  }

  /** The viewer activated a part: toggle it, asking the page first when opening. */
  #onActivate(event: CustomEvent<PartEventDetail>): void {
    const { id } = event.detail;
    if (id === this.selected) {
      this.#closeByViewer();
      return;
    }
    if (!this.dispatchEvent(publicEvent(OPEN_EVENT, { id }, true))) return;
    this.selected = id;
    this.announcement = this.locale.strings.opened(this.#titleOf(id));
  }

  #closeByViewer(): void {
    const id = this.selected;
    if (!id) return;
    this.selected = '';
    this.announcement = '';
    this.dispatchEvent(publicEvent(CLOSE_EVENT, { id }));
    // Focus goes back to the part that was open, so the keyboard user keeps their place.
    this.updateComplete.then(() => this.renderRoot.querySelector<ModelDiagram>('innovasjon-modell-diagram')?.focusPart(id));
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selected && !this.presenting) {
      event.preventDefault();
      this.#closeByViewer();
    }
  };

  /** The whole model as headings, text and lists, for anyone who cannot use the diagram. */
  #renderOutline(content: ModelContent) {
    const { strings } = this.locale;
    const subjects: PanelSubject[] = [
      { kind: 'core', core: content.core },
      ...content.practices.map((practice): PanelSubject => ({ kind: 'practice', practice })),
    ];
    return html`<details
      class="outline"
      part="outline"
      @toggle=${(event: Event) => (this.outlineOpen = (event.target as HTMLDetailsElement).open)}
    >
      <summary>${strings.outlineSummary}</summary>
      ${this.outlineOpen && this.#hasDetails
        ? html`<div class="outline-parts">
            ${subjects.map(
              (subject) =>
                html`<innovasjon-modell-panel
                  exportparts="panel: outline-panel"
                  .subject=${subject}
                  .tools=${this.tools}
                  .variant=${'outline'}
                ></innovasjon-modell-panel>`,
            )}
          </div>`
        : nothing}
    </details>`;
  }

  protected override render() {
    const content = this.#shownContent;
    const { strings } = this.locale;
    const subject = this.#openSubject;
    const accent = subject?.kind === 'practice' ? content.practices.indexOf(subject.practice) + 1 : 0;
    return html`<div class="base" part="base">
      ${this.#problems.length && this.tools ? this.#renderProblems?.(this.#problems, this.tools.panel) : nothing}
      ${this.presenting ? this.#presenter?.renderBar() : nothing}
      <div class="layout ${subject ? 'is-open' : ''}" aria-busy=${this.contentPending ? 'true' : 'false'}>
        <div class="diagram-column">
          <innovasjon-modell-diagram
            exportparts="diagram, core, segment, segment-1, segment-2, segment-3, segment-4, selected"
            .content=${content}
            .strings=${strings}
            .selected=${subject ? this.selected : ''}
          ></innovasjon-modell-diagram>
          <p class="source" part="source">${content.sourceNote}</p>
        </div>
        ${subject
          ? html`<innovasjon-modell-panel
              class="detail accent-${accent}"
              exportparts="panel, heading, close-button, film, play-button, questions, worksheet, notes"
              .subject=${subject}
              .view=${this.questionsView ? 'questions' : 'all'}
              .notesKey=${this.notes ? `${TAG}:notes:${this.id || location.pathname}` : ''}
              .modelTitle=${content.title}
              .tools=${this.tools}
              .practices=${this.notes ? content.practices : []}
            ></innovasjon-modell-panel>`
          : nothing}
      </div>
      ${this.presenting
        ? nothing
        : html`<div class="actions">
            <button type="button" class="present" part="present-button" @click=${this.#startPresenting}>
              ${strings.presentButton}
            </button>
          </div>`}
      ${this.presenting ? nothing : this.#renderOutline(content)}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell': InnovasjonModell;
  }
}
