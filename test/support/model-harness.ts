import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import type { DetailPanel } from '../../src/components/detail-panel/detail-panel.js';
import type { Audience } from '../../src/model/types.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';

/**
 * A test's view of one `<innovasjon-modell>`, in the spirit of Material Web's harnesses: what a
 * viewer sees and does (parts, open, close, step, the panel's text and questions), found by
 * roles, parts and labels rather than by internal class names, and awaited with the element's
 * own `updateComplete` rather than by sleeping.
 */
export class ModelHarness {
  constructor(readonly element: InnovasjonModell) {}

  /** Everything the element is waiting for is here and drawn. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
  }

  /** The diagram's box: the drawing and its description, in the element's shadow root. */
  get diagram(): HTMLElement {
    return this.element.shadowRoot!.querySelector<HTMLElement>('.diagram')!;
  }

  /** The diagram's SVG. */
  get drawing(): SVGSVGElement {
    return this.diagram.querySelector<SVGSVGElement>('svg[part="diagram"]')!;
  }

  /** The parts a viewer can activate, in focus order: the core, then the practices clockwise. */
  parts(): SVGGElement[] {
    return [...this.diagram.querySelectorAll<SVGGElement>('[role="button"][data-part]')];
  }

  part(id: string): SVGGElement {
    const part = this.parts().find((p) => p.dataset.part === id);
    if (!part) throw new Error(`no part ${id}`);
    return part;
  }

  /** The text drawn for a part (labels sit in their own layer above the parts). */
  label(id: string): SVGTextElement {
    const label = this.diagram.querySelector<SVGTextElement>(`text[data-part="${id}"]`);
    if (!label) throw new Error(`no label for ${id}`);
    return label;
  }

  /** The «Presenter modellen» button under the diagram. */
  get presentButton(): HTMLButtonElement {
    return this.#button('present-button');
  }

  /** The «Last ned figuren» button: the toggle of the export's choices. */
  get exportButton(): HTMLButtonElement {
    return this.#button('export-button');
  }

  #button(part: string): HTMLButtonElement {
    const button = this.element.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`);
    if (!button) throw new Error(`no ${part}`);
    return button;
  }

  /** The open part's panel (not the parts of the text version), or null. */
  get panel(): DetailPanel | null {
    const panels = this.element.shadowRoot!.querySelectorAll<DetailPanel>('innovasjon-modell-panel');
    return [...panels].find((panel) => panel.variant === 'panel') ?? null;
  }

  /** The open panel's shadow root; throws when no panel is open. */
  get panelRoot(): ShadowRoot {
    const panel = this.panel;
    if (!panel) throw new Error('the panel is not open');
    return panel.shadowRoot!;
  }

  /** The open panel's heading. */
  get heading(): string {
    return this.panelRoot.querySelector('[part="heading"]')?.textContent?.trim() ?? '';
  }

  /** The open panel's paragraphs, as read. */
  panelText(): string[] {
    return [...this.panelRoot.querySelectorAll('section[part="panel"] > p')].map((p) => p.textContent!.trim());
  }

  /** The questions in the open panel, of one audience or of all. */
  questions(audience?: Audience): string[] {
    const section = this.panelRoot.querySelector('[part="questions"]');
    if (!section) return [];
    const lists = [...section.querySelectorAll('ul')];
    const index = audience ? ['self', 'team', 'leaders'].indexOf(audience) : -1;
    const chosen = index >= 0 ? [lists[index]] : lists;
    return chosen.flatMap((list) => [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim()));
  }

  /** Opens (or, when open, closes) a part by a real click on its label, as a pointer user would. */
  async click(id: string): Promise<void> {
    await realClick(this.part(id), this.label(id));
    await this.settle();
  }

  /** Rests the real pointer on a part's label, as a mouse user does before a click. */
  async hover(id: string): Promise<void> {
    const label = this.label(id);
    label.scrollIntoView({ block: 'center' });
    const box = label.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  }

  /** Opens a part by a real click, unless it is open already. */
  async open(id: string): Promise<void> {
    if (this.element.selected !== id) await this.click(id);
  }

  /** Closes the panel with its close button. */
  async close(): Promise<void> {
    const button = this.panelRoot.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    await realClick(button);
    await this.settle();
  }

  /** Steps presenter mode, as the clicker keys do. */
  async step(delta: 1 | -1): Promise<void> {
    this.element.presenterStep(delta);
    await this.settle();
  }
}

/**
 * A real mouse click (through the browser's input pipeline) in the middle of `at`.
 * Throws when the click landed elsewhere, so a test never passes on a missed click.
 */
export async function realClick(element: Element, at: Element = element): Promise<void> {
  at.scrollIntoView({ block: 'center' });
  const box = at.getBoundingClientRect();
  const position: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  let landed: EventTarget[] = [];
  const record = (event: Event) => (landed = event.composedPath());
  document.addEventListener('click', record, { capture: true });
  try {
    await sendMouse({ type: 'click', position });
  } finally {
    document.removeEventListener('click', record, { capture: true });
    await resetMouse();
  }
  if (!landed.includes(element)) {
    const target = landed[0] as Element | undefined;
    throw new Error(
      `the click at ${position.join(',')} missed ${element.nodeName}; it reached ${target?.nodeName ?? 'nothing'} (${target?.outerHTML?.slice(0, 120)})`,
    );
  }
}
