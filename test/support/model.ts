import { fixture, html } from '@open-wc/testing';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import type { DetailPanel } from '../../src/components/detail-panel/detail-panel.js';
import type { FilmPlayer } from '../../src/components/film-player/film-player.js';
import { setViewportSize } from './input.js';
import { ModelHarness, realClick } from './model-harness.js';
import '../../src/define.js';

export { ModelHarness, realClick };

/** Renders `<innovasjon-modell>` in a box of the given width and waits until it is complete. */
export async function renderModel(
  width = 900,
  attributes: { selected?: string; lang?: string; font?: string } = {},
): Promise<InnovasjonModell> {
  // Wide enough that the box never scrolls sideways (Firefox places pointer input wrongly then).
  const viewportWidth = Math.max(1280, width + 40);
  await setViewportSize(viewportWidth, 900);
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-family: ${attributes.font ?? 'initial'}">
    <innovasjon-modell selected=${attributes.selected ?? ''} lang=${attributes.lang ?? 'nb'}></innovasjon-modell>
  </div>`);
  const model = box.querySelector('innovasjon-modell')!;
  await model.updateComplete;
  return model;
}

// The functions below are the harness's, for tests that hold the element rather than a harness.

export function diagramOf(model: InnovasjonModell): HTMLElement {
  return new ModelHarness(model).diagram;
}

/** The clickable parts in focus order: the core, then the practices clockwise. */
export function partsOf(model: InnovasjonModell): SVGGElement[] {
  return new ModelHarness(model).parts();
}

export function partById(model: InnovasjonModell, id: string): SVGGElement {
  return new ModelHarness(model).part(id);
}

/** The text drawn for a part. */
export function labelOf(model: InnovasjonModell, id: string): SVGTextElement {
  return new ModelHarness(model).label(id);
}

export function presentButton(model: InnovasjonModell): HTMLButtonElement {
  return new ModelHarness(model).presentButton;
}

export function exportButton(model: InnovasjonModell): HTMLButtonElement {
  return new ModelHarness(model).exportButton;
}

/** The detail panel of the open part (not the parts of the text version). */
export function panelOf(model: InnovasjonModell): DetailPanel | null {
  return new ModelHarness(model).panel;
}

/** The panel's shadow root; throws when no panel is open. */
export function panelRoot(model: InnovasjonModell): ShadowRoot {
  return new ModelHarness(model).panelRoot;
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

/** Clicks a part on its label, as a pointer user would. */
export async function clickPart(model: InnovasjonModell, id: string): Promise<void> {
  await new ModelHarness(model).click(id);
}
