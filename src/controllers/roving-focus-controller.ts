import type { ReactiveController, ReactiveControllerHost } from 'lit';

type FocusableItem = HTMLElement | SVGElement;

export interface RovingFocusOptions {
  /** The items in focus order, as rendered now. */
  items: () => FocusableItem[];
  /** Whether to go from the last item to the first and back (true for a ring). */
  wrap?: boolean;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/**
 * Roving tabindex for a composite widget (WAI-ARIA Authoring Practices, «Keyboard Navigation
 * Inside Components»): the group is one tab stop; arrow keys, Home and End move focus inside it.
 * The host renders `tabIndexFor(index)` on each item; the controller listens on the host.
 */
export class RovingFocusController implements ReactiveController {
  #active = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RovingFocusOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
    this.#host.addEventListener('focusin', this.#onFocusin);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
    this.#host.removeEventListener('focusin', this.#onFocusin);
  }

  /** 0 for the item that takes the group's tab stop, -1 for the others. */
  tabIndexFor(index: number): 0 | -1 {
    return index === this.#active ? 0 : -1;
  }

  /** Makes an item the group's tab stop without moving focus (e.g. to follow the selection). */
  setActive(index: number): void {
    // Not clamped to the rendered items: the host may call this before its first render.
    const next = Math.max(index, 0);
    if (next !== this.#active) {
      this.#active = next;
      this.#host.requestUpdate();
    }
  }

  /** Moves focus to an item and makes it the tab stop. */
  focus(index: number): void {
    const items = this.#options.items();
    this.setActive(Math.min(index, items.length - 1));
    items[this.#active]?.focus();
  }

  #indexOf(event: Event): number {
    const items = this.#options.items();
    for (const target of event.composedPath()) {
      const index = items.indexOf(target as FocusableItem);
      if (index >= 0) return index;
    }
    return -1;
  }

  readonly #onFocusin = (event: FocusEvent): void => {
    const index = this.#indexOf(event);
    if (index >= 0) this.setActive(index);
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = this.#indexOf(event);
    if (current < 0) return;
    const last = this.#options.items().length - 1;
    const wrap = this.#options.wrap ?? false;
    let next: number;
    if (NEXT_KEYS.has(event.key)) next = current < last ? current + 1 : wrap ? 0 : last;
    else if (PREVIOUS_KEYS.has(event.key)) next = current > 0 ? current - 1 : wrap ? last : 0;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = last;
    else return;
    event.preventDefault();
    this.focus(next);
  };
}
