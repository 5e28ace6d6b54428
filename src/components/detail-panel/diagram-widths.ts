import type { DiagramWidths } from '../model-diagram/diagram.js';

/**
 * The width the diagram gets once a panel opens beside it, read from a hidden copy of the open
 * layout, with the width it has now. Reading them while the page is idle lets the diagram work
 * out that layout ahead of the click, and draw at the new width in the click's update. The copy
 * is a sibling of the element's layout: the diagram's own frame keeps its size, so no size
 * observer sees a passing width, and the copy is gone before anything is painted.
 */
let waiting: Array<{ layout: Element; resolve: (widths: DiagramWidths) => void }> = [];

/**
 * The widths for the element whose shadow root is `root`; 0 where nothing is drawn yet, or in
 * presenter mode. Every element that asks within one task is measured in one layout of the page.
 */
export function diagramWidths(root: ShadowRoot): Promise<DiagramWidths> {
  const layout = root.querySelector('.layout');
  // Presenter mode lays out its steps in a grid of its own, which a copy would join.
  if (!layout || root.host.hasAttribute('presenting')) return Promise.resolve({ alone: 0, beside: 0 });
  return new Promise((resolve) => {
    if (!waiting.length) queueMicrotask(measureWaiting);
    waiting.push({ layout, resolve });
  });
}

function measureWaiting(): void {
  const copies = waiting.map(({ layout, resolve }) => {
    const copy = openLayoutCopy();
    layout.after(copy);
    return { layout, copy, resolve };
  });
  waiting = [];
  // All read before any is removed: one layout for the lot.
  const widths = copies.map(({ layout, copy }): DiagramWidths => ({ alone: frameWidth(layout), beside: frameWidth(copy) }));
  copies.forEach(({ copy, resolve }, index) => {
    copy.remove();
    resolve(widths[index]);
  });
}

/**
 * The width of a layout's diagram frame in whole CSS pixels. offsetWidth, like the size
 * observer's content box, ignores CSS transforms (a scaled slide), so the two can be compared.
 */
function frameWidth(layout: Element): number {
  return layout.querySelector<HTMLElement>('.frame')?.offsetWidth ?? 0;
}

/** The open layout's diagram column, with no height and nothing to see or read. */
function openLayoutCopy(): HTMLElement {
  const copy = element('layout is-open');
  copy.setAttribute('aria-hidden', 'true');
  // Set through the style object: a strict CSP blocks style attributes, not this.
  Object.assign(copy.style, { height: '0', overflow: 'hidden', visibility: 'hidden' });
  copy.append(element('diagram-column', element('frame')));
  return copy;
}

function element(className: string, child?: Element): HTMLElement {
  const div = document.createElement('div');
  div.className = className;
  if (child) div.append(child);
  return div;
}
