/**
 * Measures, in the page, whether what a presenter shows fits the screen: every text box inside
 * the viewport, no scrolling box that hides text, and text large enough for the back of a room.
 */

/** Every node under `root`, into shadow roots: what is drawn, in a shadow root or not. */
function* flatTree(root: Node): Generator<Node> {
  if (root instanceof Element && root.shadowRoot) {
    for (const child of root.shadowRoot.childNodes) {
      yield child;
      yield* flatTree(child);
    }
  }
  for (const child of root.childNodes) {
    yield child;
    yield* flatTree(child);
  }
}

/** Text meant only for screen readers (a 1 px box with its overflow clipped). */
function screenReaderOnly(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const box = node.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1 && getComputedStyle(node).overflow !== 'visible') return true;
  }
  return false;
}

export interface ShownText {
  text: string;
  element: Element;
  rects: DOMRect[];
}

/** The text a viewer sees under `root`, with its boxes; what is hidden, or for screen readers only, is left out. */
export function shownText(root: Node): ShownText[] {
  const shown: ShownText[] = [];
  for (const node of flatTree(root)) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    const element = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined);
    if (!element || element.closest('style, script, template')) continue;
    if (!element.checkVisibility({ checkVisibilityCSS: true }) || screenReaderOnly(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
    if (rects.length) shown.push({ text: node.textContent.trim(), element, rects });
  }
  return shown;
}

/** What does not fit the viewport under `root`: text outside it, or in a box that scrolls. Empty when all fits. */
export function misfits(root: Node): string[] {
  const problems: string[] = [];
  const { innerWidth: width, innerHeight: height } = window;
  for (const { text, rects } of shownText(root)) {
    for (const rect of rects) {
      if (rect.top < -0.5 || rect.left < -0.5 || rect.bottom > height + 0.5 || rect.right > width + 0.5) {
        problems.push(`«${text.slice(0, 40)}» at ${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)} is outside ${width}×${height}`);
        break;
      }
    }
  }
  for (const node of [root, ...flatTree(root)]) {
    if (!(node instanceof Element) || !node.checkVisibility({ checkVisibilityCSS: true }) || screenReaderOnly(node)) continue;
    const style = getComputedStyle(node);
    const scrolls = [style.overflowX, style.overflowY].some((overflow) => overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden');
    if (scrolls && (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1)) {
      problems.push(`<${node.localName} class="${node.getAttribute('class') ?? ''}"> scrolls: ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`);
    }
  }
  return problems;
}

/** The smallest text under `root` that `which` picks, as a share of the viewport's height. */
export function smallestText(root: Node, which: (element: Element) => boolean = () => true): { share: number; text: string } {
  let smallest = { share: Infinity, text: '' };
  for (const { text, element } of shownText(root)) {
    if (!which(element) || element.closest('svg')) continue;
    const share = parseFloat(getComputedStyle(element).fontSize) / window.innerHeight;
    if (share < smallest.share) smallest = { share, text };
  }
  return smallest;
}
