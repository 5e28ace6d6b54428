import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { partPieces, type Piece } from '../../model/part-pieces.js';
import { CORE_ID, type ModelContent } from '../../model/types.js';
import { paginate } from './presenter-pages.js';
import { stepKey } from './presenter-steps.js';

/** Internal event: the pages of every step, measured (`detail`: `PresenterPages`). */
export const PAGES_EVENT = 'presenter-pages';

/** The pages of each step's part, by `stepKey`: each page the keys of the pieces it shows. */
export type PresenterPages = ReadonlyMap<string, ReadonlyArray<ReadonlySet<string>>>;

/** What the panel is given to draw a part; a panel of this element draws each one. */
interface Target {
  key: string;
  subject: NonNullable<HTMLElementTagNameMap['innovasjon-modell-panel']['subject']>;
  view: 'all' | 'questions';
  pieces: Piece[];
  accent: number;
}

/** Thrown to stop a measure that newer sizes or content have made stale. */
const STALE = Symbol('stale');

const PANEL_TAG = 'innovasjon-modell-panel';

/**
 * Measures how presenter mode's steps fit the screen. It takes the place the panel has on the
 * screen (the owner's styles put it there), draws every part's panel in it unseen, exactly as
 * the panel is drawn, and tries pages of pieces until each fits in its height. Measures again
 * when its size, the content, the text or the fonts change; `updateComplete` waits for it.
 * Reports the pages with `presenter-pages`. Internal to presenter mode.
 *
 * @tagname innovasjon-modell-presenter-fit
 * @fires presenter-pages - Internal: `detail` maps each step to its pages.
 */
export class PresenterFit extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      inset: 0;
      overflow: clip;
      visibility: hidden;
      pointer-events: none;
    }
    innovasjon-modell-panel {
      position: absolute;
      inset: 0 0 auto;
    }
  `;

  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    tools: { attribute: false },
    withQuestions: { attribute: false },
    pending: { type: Boolean, reflect: true },
  };

  content?: ModelContent;
  tools?: ToolStrings;
  withQuestions = false;
  /** Set until the first pages are measured, so the owner can hold the panel back until then. */
  pending = true;

  #stale = false;
  #measuring?: Promise<void>;
  /** The size the last pages were measured at. */
  #measured = '';
  // Measured in a task of its own: measuring changes what is drawn, which must not happen while
  // the browser is telling its resize observers of sizes (a «ResizeObserver loop» error).
  readonly #resizes = new ResizeObserver(() => setTimeout(() => this.#measureIfResized()));
  readonly #onFonts = () => this.#requestMeasure();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizes.observe(this);
    document.fonts?.addEventListener('loadingdone', this.#onFonts);
    // The panel arrives in a chunk of its own; until then there is nothing to measure.
    if (!customElements.get(PANEL_TAG)) void customElements.whenDefined(PANEL_TAG).then(() => this.#requestMeasure());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizes.disconnect();
    document.fonts?.removeEventListener('loadingdone', this.#onFonts);
    this.#stale = false;
  }

  /** The parts to measure: the core, each practice, and each practice's questions when they are a step. */
  get #targets(): Target[] {
    const { content } = this;
    if (!content) return [];
    const targets: Target[] = [
      { key: stepKey(CORE_ID, false), subject: { kind: 'core', core: content.core }, view: 'all', pieces: partPieces(content.core), accent: 0 },
    ];
    content.practices.forEach((practice, index) => {
      const subject = { kind: 'practice', practice } as const;
      // With a questions step of its own next, a practice's step leaves its questions to it.
      const pieces = partPieces(practice).filter((piece) => !this.withQuestions || piece.section !== 'questions');
      targets.push({ key: stepKey(practice.id, false), subject, view: 'all', pieces, accent: index + 1 });
      if (this.withQuestions) {
        targets.push({ key: stepKey(practice.id, true), subject, view: 'questions', pieces: partPieces(practice, true), accent: index + 1 });
      }
    });
    return targets;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('content') && !changed.has('tools') && !changed.has('withQuestions')) return;
    // Other text: the pages measured are not its pages, and the owner holds the panel back.
    this.pending = true;
    this.#requestMeasure();
  }

  /** Resolves once the pages are measured for the size, content and text of now. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    this.#measureIfResized();
    while (this.#measuring) {
      await this.#measuring;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #size(): string {
    return `${this.clientWidth}×${this.clientHeight}`;
  }

  #measureIfResized(): void {
    if (this.isConnected && this.#size() !== this.#measured) this.#requestMeasure();
  }

  /** Measures soon; a measure under way is stopped and started again. */
  #requestMeasure(): void {
    if (!this.isConnected) return;
    this.#stale = true;
    this.#measuring ??= this.#measureUntilCurrent().finally(() => (this.#measuring = undefined));
  }

  async #measureUntilCurrent(): Promise<void> {
    while (this.#stale) {
      this.#stale = false;
      try {
        await this.#measure();
      } catch (error) {
        if (error !== STALE) throw error;
      }
    }
  }

  async #measure(): Promise<void> {
    await super.getUpdateComplete();
    const targets = this.#targets;
    const panels = [...this.renderRoot.querySelectorAll(PANEL_TAG)];
    if (!this.tools || !customElements.get(PANEL_TAG) || panels.length !== targets.length) return;
    const size = this.#size();
    const height = this.clientHeight;
    const pages = new Map<string, ReadonlyArray<ReadonlySet<string>>>();
    await Promise.all(
      targets.map(async (target, index) => {
        const panel = panels[index];
        const fits = async (keys: readonly string[]) => {
          if (this.#stale || !this.isConnected) throw STALE;
          panel.page = new Set(keys);
          await panel.updateComplete;
          // Half a pixel for rounding; a page no taller than the room fits.
          return panel.getBoundingClientRect().height <= height + 0.5;
        };
        const laidOut = await paginate(target.pieces, fits);
        pages.set(target.key, laidOut.map((keys) => new Set(keys)));
      }),
    );
    if (this.#stale) throw STALE;
    this.#measured = size;
    this.pending = false;
    this.dispatchEvent(new CustomEvent<PresenterPages>(PAGES_EVENT, { detail: pages }));
  }

  protected override render() {
    if (!this.tools) return nothing;
    // The panel's own parts, so a page's styles for them (`::part(panel)`) apply here too.
    return this.#targets.map(
      (target) => html`<innovasjon-modell-panel
        class="accent-${target.accent}"
        exportparts="panel, heading, close-button, film, play-button, questions"
        .subject=${target.subject}
        .view=${target.view}
        .tools=${this.tools}
      ></innovasjon-modell-panel>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-presenter-fit': PresenterFit;
  }
}
