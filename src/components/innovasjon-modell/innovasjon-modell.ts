import { LitElement, adoptStyles, html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LazyLoader } from '../../controllers/lazy-loader.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { contentSource } from '../../features/content-source/index.js';
import { deepLink } from '../../features/deep-link/index.js';
import type { ExportFigureOptions } from '../../features/figure-export/export-options.js';
import { figureExportChunk } from '../../features/figure-export/export-chunk.js';
import { EXPORT_BUTTON_ID, figureExport } from '../../features/figure-export/index.js';
import type { Feature, FeatureHost, ViewState } from '../../features/feature.js';
import { FeatureSet } from '../../features/feature-set.js';
import { notes } from '../../features/notes/index.js';
import { presenter } from '../../features/presenter/index.js';
import { worksheet } from '../../features/worksheet/index.js';
import type { SupportedLang } from '../../i18n/languages.js';
import type { ToolStrings } from '../../i18n/strings.js';
import type { FilmHost } from '../../model/film-hosts.js';
import { CORE_ID, PART_IDS, isPartId, isPracticeId, type ModelContent, type PartId } from '../../model/types.js';
import { Chunk } from '../../shared/chunk.js';
import { innerUpdatesComplete } from '../../shared/inner-updates.js';
import {
  CLOSE_EVENT,
  DISMISS_EVENT,
  OPEN_EVENT,
  PRESENTER_COMMAND_EVENT,
  publicEvent,
  type PresenterCommand,
} from '../../shared/events.js';
import { messagePrefix } from '../../model/message-prefix.js';
import type { PanelSubject } from '../detail-panel/detail-panel.js';
import { Diagram } from '../model-diagram/diagram.js';
import { innovasjonModellStyles } from './innovasjon-modell.styles.js';

/** The panel and the text version's parts: the first paint does not wait for them. */
const panelChunk = new Chunk('the panel', () =>
  import('../detail-panel/define-panel.js').then((module) => {
    module.definePanelElements();
    return module;
  }),
);
/** The film player: drawn in the frames after the panel's first, so fetched once that frame is painted. */
const filmChunk = new Chunk('the film player', () =>
  import('../film-player/define-film.js').then(({ defineFilmPlayer }) => defineFilmPlayer()),
);
const filmHostsChunk = new Chunk('the film hosts', () => import('../../model/film-hosts.js'));

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
 * @fires {CustomEvent<ExportEventDetail>} innovasjon-export - The viewer exported the figure: a download started, or the image
 *   is on the clipboard. `detail` is `{ format, action, id }`: `png` or `svg`, `download` or `copy`, and the open part ('' for none).
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
 * @csspart export-button - The button «Last ned figuren», which opens the choices of the figure export.
 * @csspart export-menu - The figure export's choices: PNG, SVG and a copy of the image.
 * @csspart presenter-bar - The step bar in presenter mode (previous, counter, next; timer, black screen, QR code, help, exit).
 * @csspart presenter-timer - The timer of presenter mode, in its lower corner.
 * @csspart qr-code - The QR code that presenter mode shows (key Q), to open the page on a phone.
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
export class InnovasjonModell extends LitElement implements FeatureHost {
  static override styles = innovasjonModellStyles;

  /**
   * The opt-in features, each a folder of `src/features/`: fetched when first wanted.
   * A new feature is one more line here.
   * @internal
   */
  static readonly features: readonly Feature[] = [contentSource, presenter, deepLink, worksheet, notes, figureExport];

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
    announcement: { state: true },
    outlineOpen: { state: true },
    questionsOf: { state: true },
    ownContent: { state: true },
    contentPending: { state: true },
    exportMenu: { state: true },
  };

  /**
   * Allows films from another video service (besides self-hosted files, YouTube and Vimeo), as
   * sources `{ kind, videoId }`; for pages that load the script tag, which cannot import. The
   * registry is fetched with the validator, so this returns a promise; register before setting
   * content that uses the host.
   */
  static registerFilmHost(kind: string, host: FilmHost): Promise<void> {
    return filmHostsChunk.load().then((hosts) => hosts.registerFilmHost(kind, host));
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
   * and the keys of a slide clicker step through overview, core and practices, each on as many
   * steps as it needs to fit the screen. B or . blacks the screen out, Q shows a QR code of the
   * page, T starts a timer, H lists the keys. Escape leaves.
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
   * element and the console, and the valid parts are shown with the built-in ones in place of the broken.
   */
  content?: ModelContent;

  /** Read out by screen readers when the viewer opens a part. */
  private announcement = '';
  /** The text version is rendered only while it is open. */
  private outlineOpen = false;
  /**
   * The practice whose questions step is shown. Kept apart from `selected`, so the questions
   * view ends by itself when another part opens; leaving presenter mode clears it (`willUpdate`).
   */
  private questionsOf: PartId | '' = '';
  /** The page's content, checked and repaired; undefined for the built-in content. */
  private ownContent?: ModelContent;
  /** True while the page's content is on its way: the layout shows a placeholder. */
  private contentPending = false;
  /** The figure export's choices are open; presenter mode closes them (`willUpdate`). */
  private exportMenu = false;

  readonly #loader = new LazyLoader(this);
  readonly #diagram = new Diagram(this, (id) => this.#onActivate(id));
  readonly #locale = new LocaleController(this, this.#loader);
  readonly #features = new FeatureSet(
    this,
    (this.constructor as typeof InnovasjonModell).features,
    this.#loader,
    (styles) => this.#addStyles(styles),
  );
  #chunkStyles: CSSResult[] = [];
  /** Cancels the idle-time preload, when the element leaves before it ran. */
  #cancelPreload?: () => void;

  constructor() {
    super();
    this.addEventListener('keydown', this.#onKeydown);
    // A pointer over the element (a touch too) or focus in it mostly comes before a click or key.
    // Asked again each time: after a change of language the new one's texts are fetched then.
    this.addEventListener('pointerenter', this.#loadPanelNeeds);
    this.addEventListener('focusin', this.#loadPanelNeeds);
  }

  // ——— What features see (FeatureHost): for the element's own features, not for pages ———

  /** What is shown now: the open part, whether only its questions, and presenter mode. @internal */
  get view(): Readonly<ViewState> {
    const part = this.#openPart;
    const questions = this.presenting && this.presentQuestions && !!part && this.questionsOf === part;
    return { part, questions, presenting: this.presenting, exportMenu: this.exportMenu };
  }

  /** The content shown: the page's when given and usable, else the built-in one. @internal */
  get shownContent(): ModelContent {
    return this.ownContent ?? this.#locale.locale.content;
  }

  /** The diagram's drawing, once drawn. @internal */
  get drawing(): SVGSVGElement | null {
    return this.#diagram.drawing;
  }

  /** Moves keyboard focus to a part of the diagram. @internal */
  focusPart(id: PartId): void {
    this.#diagram.focusPart(id);
  }

  /** Whether the content shown has its texts (the page's, or a complete locale). @internal */
  get hasTexts(): boolean {
    return this.#hasTexts;
  }

  /** The language in use: `lang`, else the closest ancestor's, else the document's, else bokmål. @internal */
  get language(): SupportedLang {
    return this.#locale.lang;
  }

  /** The tools' text in the language in use, once loaded. @internal */
  get tools(): ToolStrings | undefined {
    return this.#locale.tools;
  }

  /** @internal */
  loadTools(): Promise<unknown> {
    return this.#locale.needTools();
  }

  /**
   * The one writer of what is shown. Its rules: the questions view belongs to presenter mode and
   * to a practice; leaving presenter mode leaves it.
   * @internal
   */
  show(change: Partial<ViewState>): void {
    if (change.presenting !== undefined) this.presenting = change.presenting;
    if (change.exportMenu !== undefined) this.exportMenu = change.exportMenu;
    if (change.part !== undefined) this.selected = change.part;
    if (change.part !== undefined || change.questions !== undefined) {
      this.questionsOf = change.questions && isPracticeId(this.selected) ? this.selected : '';
    }
  }

  /** @internal */
  useContent(content: ModelContent | undefined, pending = false): void {
    this.ownContent = content;
    this.contentPending = pending;
  }

  /** @internal */
  async completeBuiltInContent(): Promise<ModelContent> {
    return ((await this.#locale.needTexts()) ?? this.#locale.locale).content;
  }

  /** @internal */
  track(work: Promise<unknown>): void {
    this.#loader.track(work);
  }

  // ——— Public methods ———

  /** Moves presenter mode one step forward (1) or back (-1), as the clicker keys do. */
  presenterStep(delta: 1 | -1): void {
    const command: PresenterCommand = delta > 0 ? 'next' : 'previous';
    this.dispatchEvent(new CustomEvent(PRESENTER_COMMAND_EVENT, { detail: command }));
  }

  /**
   * The figure as the viewer sees it (its language, colours and open part) as a file: `png`, at
   * least twice the drawn size and 1,600 px wide, or `svg`, self-contained, with its text as text
   * and a title and description in the element's language. `scale` multiplies the size (SVG: the
   * size it declares); `background` is `auto` (opaque: the element's or the page's), `transparent`
   * or a CSS colour. Waits for content still loading; invalid content is exported as shown,
   * repaired. Rejects only a request that cannot be met: an unknown format, a `scale` that is not
   * above 0, a `background` that is no colour, or an element that is not shown. Fires no event:
   * `innovasjon-export` is for the viewer's own downloads and copies.
   * @param options - `{ format: 'png' | 'svg', scale?, background? }`
   * @returns {Promise<Blob>} The PNG or SVG file, to download, upload or copy.
   */
  async exportFigure(options: ExportFigureOptions): Promise<Blob> {
    const module = await this.#loader.load(figureExportChunk);
    if (!module) throw new Error(`${messagePrefix(this.localName)}exportFigure(): the figure export could not be loaded.`);
    return module.exportFigure(this, options);
  }

  // ——— Lifecycle ———

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The panel's internal event bubbles to this shadow root and no further.
    root.addEventListener(DISMISS_EVENT, () => this.#closeByViewer());
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The panel's code, and the diagram's layout beside it, once the page is idle (within 2 s on
    // a page that never is; where requestIdleCallback is missing, as in Safari, after a short
    // wait): the click's frame then lays out nothing new. The texts and the panel's words wait
    // for the viewer (`#loadPanelNeeds`).
    const preload = async () => {
      const panel = await this.#loadPanel();
      if (panel) this.#diagram.prepare(await panel.diagramWidths(this.renderRoot as ShadowRoot), this.shownContent);
    };
    if (typeof requestIdleCallback == 'function') {
      const handle = requestIdleCallback(preload, { timeout: 2000 });
      this.#cancelPreload = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(preload, 500);
      this.#cancelPreload = () => clearTimeout(handle);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // No timer outlives the element's place in the page.
    this.#cancelPreload?.();
  }

  /**
   * Resolves when the element is all there: its content checked, its language loaded, and the
   * diagram and the open part's panel drawn. Tests and pages can await it instead of timing.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete: boolean;
    do {
      await this.#loader.settled();
      complete = await super.getUpdateComplete();
      await this.#diagram.settled();
      await innerUpdatesComplete(this.renderRoot);
    } while (this.isUpdatePending || this.#loader.busy);
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#locale.resolve();
    if (changed.has('presenting') && !this.presenting) this.questionsOf = '';
    // Presenter mode hides the row of buttons, and with it the export's choices.
    if (this.presenting) this.exportMenu = false;
    if (changed.has('selected') && this.selected && !isPartId(this.selected)) {
      console.warn(`${messagePrefix(this.localName)}selected="${this.selected}" is not a part of the model (${PART_IDS.join(', ')}).`);
    }
    // What the open panel, the text version and presenter mode draw with.
    const showsTexts = !!this.#openPart || this.outlineOpen || this.presenting;
    if (showsTexts) {
      this.#loadPanelNeeds();
      void this.#loader.load(filmChunk, 'after-paint');
    } else if (this.#features.needsTools) void this.#locale.needTools();
    this.#features.update();
    if (changed.has('selected')) this.#diagram.follow(this.#openPart, this.shownContent);
  }

  // ——— The viewer's actions ———

  /** The viewer activated a part: toggle it, asking the page first when opening. */
  #onActivate(id: PartId): void {
    if (id === this.selected) {
      this.#closeByViewer();
      return;
    }
    if (!this.dispatchEvent(publicEvent(OPEN_EVENT, { id }, true))) return;
    this.show({ part: id });
    this.announcement = this.#locale.locale.strings.opened(this.#titleOf(id));
  }

  #closeByViewer(): void {
    const id = this.selected;
    if (!id) return;
    this.show({ part: '' });
    this.announcement = '';
    this.dispatchEvent(publicEvent(CLOSE_EVENT, { id }));
    // Focus goes back to the part that was open, so the keyboard user keeps their place. The
    // parts are drawn already (a click or key reached one), so it moves at once.
    this.#diagram.focusPart(id);
  }

  /**
   * Fetches what the panel's first frame needs: its code, the texts and the tools' words. Also
   * when the viewer is about to act (see the constructor): a page that is only read fetches no
   * texts or words, most of the lazy bytes.
   */
  readonly #loadPanelNeeds = (): void => {
    void this.#locale.needTools();
    void this.#locale.needTexts();
    void this.#loadPanel();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    // An Escape that closed something inside (the export's choices) leaves the panel open.
    if (event.key === 'Escape' && !event.defaultPrevented && this.selected && !this.presenting) {
      event.preventDefault();
      this.#closeByViewer();
    }
  };

  /**
   * The row of buttons stays in the page while presenting (presenter mode's styles hide it), so
   * focus can come back to this button when presenting ends.
   */
  #startPresenting(): void {
    this.show({ presenting: true });
  }

  // ——— Drawing ———

  /** The open part, when it is a part of the model. */
  get #openPart(): PartId | '' {
    return isPartId(this.selected) ? this.selected : '';
  }

  /** The panel's chunk, with the styles it brings for the layout around the panel. */
  async #loadPanel() {
    const panel = await this.#loader.load(panelChunk);
    if (panel && !this.#chunkStyles.includes(panel.hostLayoutStyles)) this.#addStyles(panel.hostLayoutStyles);
    return panel;
  }

  /** Styles that come with a chunk join the element's own. */
  #addStyles(styles: CSSResult): void {
    this.#chunkStyles.push(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof InnovasjonModell).elementStyles, ...this.#chunkStyles]);
  }

  /** Whether the content shown has its texts: the page's, or a complete locale. */
  get #hasTexts(): boolean {
    return !!this.ownContent || this.#locale.complete;
  }

  /** The open part's panel subject, once its texts are here. */
  get #openSubject(): PanelSubject | undefined {
    const id = this.#openPart;
    if (!id || !this.#hasTexts) return undefined;
    const content = this.shownContent;
    if (id === CORE_ID) return { kind: 'core', core: content.core };
    const practice = content.practices.find((p) => p.id === id);
    return practice && { kind: 'practice', practice };
  }

  #titleOf(id: PartId): string {
    const content = this.shownContent;
    return id === CORE_ID ? content.core.title : (content.practices.find((p) => p.id === id)?.title ?? id);
  }

  /** The whole model as headings, text and lists, for anyone who cannot use the diagram. */
  #renderOutline(content: ModelContent) {
    return html`<details
      class="outline"
      part="outline"
      @toggle=${(event: Event) => (this.outlineOpen = (event.target as HTMLDetailsElement).open)}
    >
      <summary>${this.#locale.locale.strings.outlineSummary}</summary>
      ${this.outlineOpen && this.#hasTexts ? panelChunk.value?.renderOutlineParts(content, this.tools) : nothing}
    </details>`;
  }

  protected override render() {
    const content = this.shownContent;
    const { strings } = this.#locale.locale;
    const subject = this.#openSubject;
    const busy = this.contentPending || this.#features.holdsFirstPaint;
    return html`<div class="base" part="base">
      ${this.#loader.failed.size
        ? html`<p class="load-error" part="error" role="alert">${strings.loadFailed}</p>`
        : nothing}
      ${this.#features.renderTop()}
      <div class="layout ${subject ? 'is-open' : ''}" aria-busy=${busy ? 'true' : 'false'}>
        <div class="diagram-column">
          ${this.#diagram.render(content, strings, subject ? this.selected : '', !this.presenting)}
          <p class="source" part="source">${content.sourceNote}</p>
        </div>
        ${subject
          ? panelChunk.value?.renderOpenPanel({
              subject,
              content,
              questionsOnly: this.view.questions,
              page: this.#features.panelPage(),
              tools: this.tools,
              renderTools: this.#renderPracticeTools,
            })
          : nothing}
        <div class="actions">
          <button type="button" part="present-button" @click=${this.#startPresenting}>
            ${strings.presentButton}
          </button>
          <button
            type="button"
            id=${EXPORT_BUTTON_ID}
            part="export-button"
            aria-expanded=${this.exportMenu ? 'true' : 'false'}
            @click=${() => this.show({ exportMenu: !this.exportMenu })}
          >
            ${strings.exportButton}
          </button>
          ${this.#features.renderActions()}
        </div>
      </div>
      ${this.presenting ? nothing : this.#renderOutline(content)}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  readonly #renderPracticeTools = (practice: ModelContent['practices'][number]) => this.#features.renderPracticeTools(practice);
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell': InnovasjonModell;
  }
}
