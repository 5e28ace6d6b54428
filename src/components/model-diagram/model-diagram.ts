import { LitElement, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { CORE_ID, type ModelContent, type PartId } from '../../model/types.js';
import { labelText } from '../../model/label-text.js';
import { cachedLayout } from '../../geometry/layout-cache.js';
import type { DiagramLayout } from '../../geometry/diagram-layout.js';
import type { UiStrings } from '../../i18n/strings.js';
import { ACTIVATE_EVENT, type PartEventDetail } from '../../shared/events.js';
import { canvasMeasure, loadedFontCount } from './measure-text.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { labelLayer } from './label-layer.js';
import { DiagramDrawing } from './diagram-drawing.js';
import { modelDiagramStyles } from './model-diagram.styles.js';

const LABEL_WEIGHT = '600';

/**
 * The diagram of the model: the culture core in the centre and the four practices in a ring.
 * Internal to `<innovasjon-modell>`, which owns the selection; this element only draws it
 * and reports activations.
 *
 * @tagname innovasjon-modell-diagram
 * @fires diagram-activate - Internal: a part was clicked or pressed; stays inside the owner's shadow root.
 *
 * Keyboard: one tab stop (roving tabindex); arrows move clockwise through core and ring.
 *
 * @csspart diagram - The SVG drawing.
 * @csspart core - The culture core (circle and values).
 * @csspart segment - Each practice's ring segment.
 * @csspart selected - The open part.
 */
export class ModelDiagram extends LitElement {
  static override styles = modelDiagramStyles;

  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    strings: { attribute: false },
    selected: { attribute: false },
  };

  /** The validated content to draw. */
  content?: ModelContent;

  /** Interface text in the element's language. */
  strings?: UiStrings;

  /** The open part's id, or '' when none is open. */
  selected: PartId | '' = '';

  /** The font the labels are drawn in, read with the size so a render never forces a style recalc. */
  #fontFamily = '';
  readonly #size = new SizeController(this, () => this.#readFont());
  readonly #rovingFocus = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<SVGGElement>('.part')],
    wrap: true,
  });

  /** The drawing as shown, for the figure export; null until the diagram has a width. */
  get drawing(): SVGSVGElement | null {
    return this.#drawing?.svg ?? null;
  }

  /** Moves keyboard focus to a part (used to return focus when the panel closes). */
  focusPart(id: PartId): void {
    this.#rovingFocus.focus(this.#partIds().indexOf(id));
  }

  #partIds(): PartId[] {
    return [CORE_ID, ...(this.content?.practices.map((p) => p.id) ?? [])];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected) {
      this.#rovingFocus.setActive(this.#partIds().indexOf(this.selected));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.#onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.#onFontsLoaded);
  }

  #readFont(): void {
    this.#fontFamily = getComputedStyle(this).fontFamily;
  }

  /** A web font that arrives late changes label widths, so the labels are fitted again. */
  readonly #onFontsLoaded = (): void => {
    this.#readFont();
    this.requestUpdate();
  };

  protected override firstUpdated(): void {
    const frame = this.renderRoot.querySelector('.frame');
    if (frame) this.#size.observe(frame);
  }

  /** Resolves once the diagram is drawn at the size it has now (or found to have none). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#size.settled();
    return super.getUpdateComplete();
  }

  #activate(id: PartId): void {
    this.dispatchEvent(new CustomEvent<PartEventDetail>(ACTIVATE_EVENT, { detail: { id }, bubbles: true }));
  }

  /** The part an event happened in; one listener on the drawing serves all five. */
  #partOf(event: Event): PartId | undefined {
    const part = (event.target as Element).closest<SVGGElement>('.part');
    return part?.dataset.part as PartId | undefined;
  }

  readonly #onClick = (event: MouseEvent): void => {
    const id = this.#partOf(event);
    if (id) this.#activate(id);
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const id = this.#partOf(event);
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      if (!event.repeat) this.#activate(id);
    }
  };

  /** The SVG, made at the first render with a width and kept from then on. */
  #drawing?: DiagramDrawing;

  #labels(layout: DiagramLayout, content: ModelContent): Node {
    return labelLayer(layout, [
      { id: CORE_ID, label: layout.core.label, className: 'label core-label' },
      ...layout.segments.map((segment, index) => ({
        id: content.practices[index].id,
        label: segment.label,
        className: 'label',
      })),
    ]);
  }

  /** The frame stays the same element from the first render on: it is what the size observer watches. */
  protected override render() {
    const { content, strings } = this;
    return html`<div class="frame">${this.#draw()}</div>
      ${content && strings ? html`<p id="description" hidden>${content.description} ${strings.diagramHint}</p>` : nothing}`;
  }

  /** Brings the drawing up to date: its layout at the width now, its names and its state. */
  #draw(): SVGSVGElement | typeof nothing {
    const { content, strings } = this;
    // Until the browser reports the width (before the first paint) there is nothing to lay out.
    const size = this.#size.width;
    if (!content || !strings || !size) return nothing;
    // One key for the cached layout and the measured widths: the font, and the faces loaded so far.
    const font = `${LABEL_WEIGHT} ${this.#fontFamily}`;
    const loadedFonts = loadedFontCount();
    const layout = cachedLayout(
      size,
      {
        core: content.core.values.map((v) => v.label),
        practices: content.practices.map((p) => p.label),
      },
      `${font} ${loadedFonts}`,
      canvasMeasure(font, loadedFonts),
    );
    if (!this.#drawing) {
      this.#drawing = new DiagramDrawing();
      this.#drawing.svg.addEventListener('click', this.#onClick);
      this.#drawing.svg.addEventListener('keydown', this.#onKeydown);
    }
    const drawing = this.#drawing;
    drawing.layout(layout, this.#labels(layout, content));
    drawing.name({
      title: content.title,
      parts: [
        { id: CORE_ID, name: strings.coreName(content.core.title, content.core.values.map((v) => v.label)) },
        ...content.practices.map((practice) => ({ id: practice.id, name: nameWithLabel(practice.label, practice.title) })),
      ],
    });
    drawing.state({ selected: this.selected, tabIndexFor: (index) => this.#rovingFocus.tabIndexFor(index) });
    return drawing.svg;
  }
}

/**
 * A part's accessible name: its title, led by the visible label when that differs, so speech
 * input users can say what they see (WCAG 2.5.3 Label in Name).
 */
function nameWithLabel(label: string, title: string): string {
  const read = labelText(label);
  return read === title ? title : `${read} (${title})`;
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-diagram': ModelDiagram;
  }
}
