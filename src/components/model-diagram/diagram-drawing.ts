import type { DiagramLayout } from '../../geometry/diagram-layout.js';
import { PRACTICE_IDS, type PartId } from '../../model/types.js';
import { svgElement } from './svg-element.js';


/** The names a drawing reads out: the model's, and each part's in drawing order (core first). */
export interface DrawingNames {
  title: string;
  parts: ReadonlyArray<{ id: PartId; name: string }>;
}

/** The drawing's state that changes without a new layout. */
export interface DrawingState {
  /** The open part's id, or ''. */
  selected: PartId | '';
  /** The roving tab stop: 0 for the part that takes it, -1 for the others. */
  tabIndexFor: (index: number) => 0 | -1;
}

/** A part: its group (the focus target and button), with the filled shape and the outline ring. */
function partGroup(parent: Node, part: string, shape: 'circle' | 'path'): void {
  // Focusable, out of the tab order: `state` gives one part the tab stop.
  const group = svgElement('g', { class: `part ${part}`, part, role: 'button', tabindex: '-1', 'aria-expanded': 'false' }, parent);
  svgElement(shape, { class: 'shape' }, group);
  svgElement(shape, { class: 'ring' }, group);
}

/** The part names of each group, in drawing order: what `::part()` selects, before `selected`. */
const partName = (index: number) => (index ? `segment segment-${index}` : 'core');

/** The empty drawing: the core and one segment per practice (content always has all four). */
let blank: SVGElement | undefined;

function blankDrawing(): SVGSVGElement {
  if (!blank) {
    blank = svgElement('svg', { part: 'diagram', role: 'toolbar', 'aria-describedby': 'description' });
    for (let i = 0; i <= PRACTICE_IDS.length; i++) partGroup(blank, partName(i), i ? 'path' : 'circle');
  }
  return blank.cloneNode(true) as SVGSVGElement;
}

/**
 * One diagram's SVG, written as a hand-written page would: cloned once from a shared blank, then
 * only its changed attributes are set. The parts keep their elements for the diagram's life, so
 * focus stays where it is through a resize, and a diagram holds no template bindings: fifty on
 * a page cost fifty small objects, not thousands of parts.
 */
export class DiagramDrawing {
  readonly svg: SVGSVGElement;
  readonly #parts: SVGGElement[];
  #layout?: DiagramLayout;
  /** This drawing's copy of the shared label layer, and the layer it was copied from. */
  #labels?: Element;
  #labelSource?: Node;
  /** The names last written, as one string to compare. */
  #names = '';
  #selected: PartId | '' = '';

  constructor() {
    this.svg = blankDrawing();
    this.#parts = [...this.svg.children] as SVGGElement[];
  }

  /** The parts' groups in drawing order (core first): the buttons, and the roving focus's items. */
  get parts(): SVGGElement[] {
    return this.#parts;
  }

  /**
   * Draws a layout and a copy of its label layer (shared by every diagram with that layout);
   * nothing is written when both are the ones drawn.
   */
  layout(layout: DiagramLayout, labelLayer: Node): void {
    if (layout !== this.#layout) {
      this.#layout = layout;
      const { size } = layout;
      const half = size / 2;
      this.svg.setAttribute('viewBox', `${-half} ${-half} ${size} ${size}`);
      this.svg.setAttribute('width', `${size}`);
      this.svg.setAttribute('height', `${size}`);
      const radius = layout.core.radius.toFixed(1);
      for (const shape of this.#parts[0].children) shape.setAttribute('r', radius);
      layout.segments.forEach((segment, index) => {
        for (const shape of this.#parts[index + 1].children) shape.setAttribute('d', segment.path);
      });
    }
    if (labelLayer !== this.#labelSource) {
      this.#labelSource = labelLayer;
      const labels = labelLayer.cloneNode(true) as Element;
      if (this.#labels) this.#labels.replaceWith(labels);
      else this.svg.append(labels);
      this.#labels = labels;
      this.#markLabel();
    }
  }

  /** Names the drawing and its parts for assistive technology, and ties each part to its id. */
  name(names: DrawingNames): void {
    const key = JSON.stringify(names);
    if (key === this.#names) return;
    this.#names = key;
    this.svg.setAttribute('aria-label', names.title);
    names.parts.forEach(({ id, name }, index) => {
      const group = this.#parts[index];
      group.dataset.part = id;
      group.setAttribute('aria-label', name);
    });
  }

  /** Shows which part is open and which takes the tab stop. */
  state({ selected, tabIndexFor }: DrawingState): void {
    this.#parts.forEach((group, index) => {
      const open = !!selected && group.dataset.part === selected;
      // Only a change: setting the tab stop of the focused part makes the browser lay out again.
      const tabIndex = tabIndexFor(index);
      if (group.tabIndex !== tabIndex) group.tabIndex = tabIndex;
      if (open === group.classList.contains('is-selected')) return;
      group.classList.toggle('is-selected', open);
      group.setAttribute('aria-expanded', `${open}`);
      group.setAttribute('part', partName(index) + (open ? ' selected' : ''));
    });
    if (selected !== this.#selected) {
      this.#selected = selected;
      this.#markLabel();
    }
  }

  /** The open part's label is drawn in its strong colour too. */
  #markLabel(): void {
    for (const text of this.#labels?.children ?? []) {
      text.classList.toggle('is-selected', !!this.#selected && (text as SVGTextElement).dataset.part === this.#selected);
    }
  }
}
