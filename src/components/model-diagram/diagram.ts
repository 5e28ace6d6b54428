import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CORE_ID, type ModelContent, type PartId } from '../../model/types.js';
import { labelText } from '../../model/label-text.js';
import { cachedLayout } from '../../geometry/layout-cache.js';
import type { DiagramLayout } from '../../geometry/diagram-layout.js';
import type { UiStrings } from '../../i18n/strings.js';
import { canvasMeasure, loadedFontCount } from './measure-text.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { labelLayer } from './label-layer.js';
import { DiagramDrawing } from './diagram-drawing.js';

const LABEL_WEIGHT = '600';

/**
 * The frame's widths in whole CSS pixels, read together while the page is idle: as it is (no
 * panel open) and beside an open panel.
 */
export interface DiagramWidths {
  alone: number;
  beside: number;
}

/** The element that draws the diagram in its own shadow root. */
export type DiagramHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * The diagram of the model, drawn in its host's shadow root: the culture core in the centre and
 * the four practices in a ring. The host owns the selection; the diagram draws it and hands the
 * viewer's activations to `onActivate`. No element of its own: one upgrade, one shadow root and
 * one update per `<innovasjon-modell>`, as a hand-written component would have.
 *
 * Keyboard: one tab stop (roving tabindex); arrows move clockwise through core and ring.
 */
export class Diagram implements ReactiveController {
  readonly #host: DiagramHost;
  readonly #onActivate: (id: PartId) => void;
  /** The font the labels are drawn in, read with the size so a render never forces a style recalc. */
  #fontFamily = '';
  /** The drawing's frame, once rendered (null while the query finds none). */
  #frame?: Element | null;
  /** The SVG, made at the first render with a width and kept from then on. */
  #drawing?: DiagramDrawing;
  /** The parts in drawing order, from the content last drawn or followed. */
  #partIds: readonly PartId[] = [];
  readonly #size: SizeController;
  /** The widths `prepare` was given. */
  #widths?: DiagramWidths;
  /** Whether the last render had the panel open (beside the diagram, or below it in a narrow box). */
  #panelOpen = false;
  readonly #rovingFocus: RovingFocusController;

  constructor(host: DiagramHost, onActivate: (id: PartId) => void) {
    this.#host = host;
    this.#onActivate = onActivate;
    this.#size = new SizeController(host, () => this.#readFont());
    this.#rovingFocus = new RovingFocusController(host, { items: () => this.#drawing?.parts ?? [], wrap: true });
    host.addController(this);
  }

  /** The drawing as shown, for the figure export; null until the diagram has a width. */
  get drawing(): SVGSVGElement | null {
    return this.#drawing?.svg ?? null;
  }

  /** Moves keyboard focus to a part (used to return focus when the panel closes). */
  focusPart(id: PartId): void {
    this.#rovingFocus.focus(this.#partIds.indexOf(id));
  }

  /** Makes the open part the tab stop; for the host's `willUpdate`, before it renders. */
  follow(selected: PartId | '', content: ModelContent): void {
    this.#partIds = partIdsOf(content);
    if (selected) this.#rovingFocus.setActive(this.#partIds.indexOf(selected));
  }

  /**
   * Works out the layout at the width the diagram gets beside a panel, so the render at that
   * width finds it ready. The layout is kept per font, so the font is read first where no size
   * report has come yet (it can come after the page's first idle time). With no panel open, both
   * widths are kept, so the frame that opens or closes the panel draws at its new width at once
   * (see `render`).
   */
  prepare(widths: DiagramWidths, content: ModelContent): void {
    if (!this.#fontFamily) this.#readFont();
    if (widths.beside <= 0) return;
    this.#layoutAt(widths.beside, content);
    if (!this.#panelOpen) this.#widths = widths;
  }

  /** Resolves once the diagram is drawn at the size it has now (or found to have none). */
  settled(): Promise<void> {
    return this.#size.settled();
  }

  hostConnected(): void {
    document.fonts?.addEventListener('loadingdone', this.#onFontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.#onFontsLoaded);
  }

  /** The frame is the same element from the first render on: it is what the size observer watches. */
  hostUpdated(): void {
    this.#frame ??= this.#host.renderRoot.querySelector('.frame');
    if (this.#frame) this.#size.observe(this.#frame);
  }

  #readFont(): void {
    if (this.#frame) this.#fontFamily = getComputedStyle(this.#frame).fontFamily;
  }

  /** A web font that arrives late changes label widths, so the labels are fitted again. */
  readonly #onFontsLoaded = (): void => {
    this.#readFont();
    this.#host.requestUpdate();
  };

  /** The part an event happened in; one listener on the drawing serves all five. */
  #partOf(event: Event): PartId | undefined {
    const part = (event.target as Element).closest<SVGGElement>('.part');
    return part?.dataset.part as PartId | undefined;
  }

  readonly #onClick = (event: MouseEvent): void => {
    const id = this.#partOf(event);
    if (id) this.#onActivate(id);
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const id = this.#partOf(event);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      if (!event.repeat) this.#onActivate(id);
    }
  };

  /**
   * The diagram with `selected` open ('' for none), and its description for assistive technology.
   * The host draws the panel when `selected` is set; `inPageLayout` is false where the host lays
   * out otherwise than when `prepare`'s widths were read (presenter mode).
   */
  render(content: ModelContent, strings: UiStrings, selected: PartId | '', inPageLayout: boolean) {
    this.#partIds = partIdsOf(content);
    this.#followPanel(!!selected, inPageLayout);
    return html`<div class="diagram">
      <div class="frame">${this.#draw(content, strings, selected)}</div>
      <p id="description" hidden>${content.description} ${strings.diagramHint}</p>
    </div>`;
  }

  /**
   * The panel opening or closing takes the frame from one of `prepare`'s widths to the other.
   * Where the frame still has the first, it is drawn at the other now: the frame lays out once
   * and waits for no size report. (A width that no longer holds, after a resize of the page, is
   * put right by the size observer before paint.)
   */
  #followPanel(panelOpen: boolean, inPageLayout: boolean): void {
    const widths = this.#widths;
    if (inPageLayout && widths && panelOpen !== this.#panelOpen && this.#size.width === (panelOpen ? widths.alone : widths.beside)) {
      this.#size.expect(panelOpen ? widths.beside : widths.alone);
    }
    this.#panelOpen = panelOpen;
  }

  /** The layout at a width, shared by every diagram with the same labels and font. */
  #layoutAt(size: number, content: ModelContent): DiagramLayout {
    // One key for the cached layout and the measured widths: the font, and the faces loaded so far.
    const font = `${LABEL_WEIGHT} ${this.#fontFamily}`;
    const loadedFonts = loadedFontCount();
    return cachedLayout(
      size,
      {
        core: content.core.values.map((v) => v.label),
        practices: content.practices.map((p) => p.label),
      },
      `${font} ${loadedFonts}`,
      canvasMeasure(font, loadedFonts),
    );
  }

  /** Brings the drawing up to date: its layout at the width now, its names and its state. */
  #draw(content: ModelContent, strings: UiStrings, selected: PartId | ''): SVGSVGElement | typeof nothing {
    // Until the browser reports the width (before the first paint) there is nothing to lay out.
    const size = this.#size.width;
    if (!size) return nothing;
    const layout = this.#layoutAt(size, content);
    if (!this.#drawing) {
      this.#drawing = new DiagramDrawing();
      this.#drawing.svg.addEventListener('click', this.#onClick);
      this.#drawing.svg.addEventListener('keydown', this.#onKeydown);
    }
    const drawing = this.#drawing;
    drawing.layout(layout, labelLayer(layout, this.#partIds));
    drawing.name({
      title: content.title,
      parts: [
        { id: CORE_ID, name: strings.coreName(content.core.title, content.core.values.map((v) => v.label)) },
        ...content.practices.map((practice) => ({ id: practice.id, name: nameWithLabel(practice.label, practice.title) })),
      ],
    });
    drawing.state({ selected, tabIndexFor: (index) => this.#rovingFocus.tabIndexFor(index) });
    return drawing.svg;
  }
}

/** The parts in drawing order: the core, then the practices clockwise. */
function partIdsOf(content: ModelContent): PartId[] {
  return [CORE_ID, ...content.practices.map((p) => p.id)];
}

/**
 * A part's accessible name: its title, led by the visible label when that differs, so speech
 * input users can say what they see (WCAG 2.5.3 Label in Name).
 */
function nameWithLabel(label: string, title: string): string {
  const read = labelText(label);
  return read === title ? title : `${read} (${title})`;
}
