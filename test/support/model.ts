import { fixture, html, waitUntil } from '@open-wc/testing';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import type { DetailPanel } from '../../src/components/detail-panel/detail-panel.js';
import type { FilmPlayer } from '../../src/components/film-player/film-player.js';
import type { ModelDiagram } from '../../src/components/model-diagram/model-diagram.js';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { CORE_ID, PRACTICE_IDS } from '../../src/content/types.js';
import '../../src/define.js';

/** Renders `<innovasjon-modell>` in a box of the given width and waits for every inner render. */
export async function renderModel(
  width = 900,
  attributes: { selected?: string; lang?: string; font?: string } = {},
): Promise<InnovasjonModell> {
  // Wide enough that the box never scrolls sideways (Firefox places pointer input wrongly then).
  const viewportWidth = Math.max(1280, width + 40);
  if (window.innerWidth !== viewportWidth) await setViewport({ width: viewportWidth, height: 900 });
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-family: ${attributes.font ?? 'initial'}">
    <innovasjon-modell selected=${attributes.selected ?? ''} lang=${attributes.lang ?? 'nb'}></innovasjon-modell>
  </div>`);
  const model = box.querySelector('innovasjon-modell')!;
  await settled(model);
  return model;
}

/** The next frame; a timer stands in if none comes (a page out of the foreground gets no frames). */
const frame = () =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  });

/**
 * How long to wait for what comes from chunks (the validator, the panel, the texts): a cold
 * page on a loaded CI machine was seen to take more than waitUntil's default second.
 */
const PATIENT = { timeout: 5000 };

/**
 * Waits for the element, its diagram and panel to finish rendering, including the diagram's
 * re-layout after a resize (its ResizeObserver reports once per frame).
 */
export async function settled(model: InnovasjonModell): Promise<void> {
  await model.updateComplete;
  // New content is checked by a validator fetched on demand; the layout is busy until then.
  await waitUntil(() => model.shadowRoot!.querySelector('.layout')?.getAttribute('aria-busy') !== 'true', 'the content is checked', PATIENT);
  await model.updateComplete;
  const diagram = diagramOf(model);
  for (let i = 0; i < 20; i++) {
    await frame();
    await diagram.updateComplete;
    const svg = diagram.shadowRoot!.querySelector('svg');
    const frameWidth = Math.round(diagram.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().width);
    if (svg && Number(svg.getAttribute('width')) === frameWidth) break;
  }
  await model.updateComplete;
  // An open part's panel waits for the texts, which the page may still be fetching.
  if (([CORE_ID, ...PRACTICE_IDS] as string[]).includes(model.selected)) {
    await waitUntil(() => model.shadowRoot!.querySelector('innovasjon-modell-panel'), 'the open part gets its panel', PATIENT);
  }
  const panel = panelOf(model) ?? model.shadowRoot!.querySelector('innovasjon-modell-panel');
  if (panel) {
    // The panel's code and text are chunks of their own, fetched when first needed.
    await customElements.whenDefined('innovasjon-modell-panel');
    // A practice's film, questions and tools follow its text a frame later.
    await waitUntil(
      () => {
        const section = panel.shadowRoot?.querySelector('section.panel');
        return section && (!section.classList.contains('practice') || section.querySelector('.questions-section'));
      },
      'the panel renders',
      { ...PATIENT, interval: 5 },
    );
    await panel.updateComplete;
    await panel.shadowRoot!.querySelector<FilmPlayer>('innovasjon-modell-film')?.updateComplete;
  }
}

export function diagramOf(model: InnovasjonModell): ModelDiagram {
  return model.shadowRoot!.querySelector('innovasjon-modell-diagram')!;
}

/** The clickable parts in focus order: the core, then the practices clockwise. */
export function partsOf(model: InnovasjonModell): SVGGElement[] {
  return [...diagramOf(model).shadowRoot!.querySelectorAll<SVGGElement>('.part')];
}

export function partById(model: InnovasjonModell, id: string): SVGGElement {
  const part = partsOf(model).find((p) => p.dataset.part === id);
  if (!part) throw new Error(`no part ${id}`);
  return part;
}

/** The text drawn for a part (labels sit in their own layer above the parts). */
export function labelOf(model: InnovasjonModell, id: string): SVGTextElement {
  const label = diagramOf(model).shadowRoot!.querySelector<SVGTextElement>(`text[data-part="${id}"]`);
  if (!label) throw new Error(`no label for ${id}`);
  return label;
}

/** The detail panel of the open part (not the parts of the text version). */
export function panelOf(model: InnovasjonModell): DetailPanel | null {
  return model.shadowRoot!.querySelector('innovasjon-modell-panel.detail');
}

/** The panel's shadow root; throws when no panel is open. */
export function panelRoot(model: InnovasjonModell): ShadowRoot {
  const panel = panelOf(model);
  if (!panel) throw new Error('the panel is not open');
  return panel.shadowRoot!;
}

export function filmRoot(model: InnovasjonModell): ShadowRoot {
  return panelRoot(model).querySelector<FilmPlayer>('innovasjon-modell-film')!.shadowRoot!;
}

/** The element focused now, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A real mouse click (through the browser's input pipeline) in the middle of `at`.
 * Throws when the click landed elsewhere, so a test never passes on a missed click.
 */
export async function realClick(element: Element, at: Element = element): Promise<void> {
  at.scrollIntoView({ block: 'center' });
  const box = at.getBoundingClientRect();
  const position: [number, number] = [
    Math.round(box.left + box.width / 2),
    Math.round(box.top + box.height / 2),
  ];
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
      `the click at ${position.join(',')} missed ${element.nodeName}; it reached ${target?.nodeName ?? 'nothing'} (${(target as Element)?.outerHTML?.slice(0, 120)})`,
    );
  }
}

/** Clicks a part on its label, as a pointer user would. */
export async function clickPart(model: InnovasjonModell, id: string): Promise<void> {
  await realClick(partById(model, id), labelOf(model, id));
  await settled(model);
}
