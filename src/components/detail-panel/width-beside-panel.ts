/**
 * The width the diagram gets once a panel opens beside it, read from a hidden copy of the open
 * layout. Reading it while the page is idle lets the diagram work out that layout ahead of the
 * click. The copy is a sibling of the element's layout: the diagram's own frame keeps its size,
 * so no size observer sees a passing width, and the copy is gone before anything is painted.
 */
let waiting: Array<{ layout: Element; resolve: (width: number) => void }> = [];

/**
 * The width for the element whose shadow root is `root`; 0 where nothing is drawn yet, or in
 * presenter mode. Every element that asks within one task is measured in one layout of the page.
 */
export function widthBesidePanel(root: ShadowRoot): Promise<number> {
  const layout = root.querySelector('.layout');
  // Presenter mode lays out its steps in a grid of its own, which a copy would join.
  if (!layout || root.host.hasAttribute('presenting')) return Promise.resolve(0);
  return new Promise((resolve) => {
    if (!waiting.length) queueMicrotask(measureWaiting);
    waiting.push({ layout, resolve });
  });
}

function measureWaiting(): void {
  const copies = waiting.map(({ layout, resolve }) => {
    const copy = openLayoutCopy();
    layout.after(copy);
    return { copy, resolve };
  });
  waiting = [];
  // All read before any is removed: one layout for the lot.
  const widths = copies.map(({ copy }) => Math.round(copy.querySelector('.frame')?.getBoundingClientRect().width ?? 0));
  copies.forEach(({ copy, resolve }, index) => {
    copy.remove();
    resolve(widths[index]);
  });
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
