import { html, nothing, type ReactiveController } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { messagePrefix } from '../../model/message-prefix.js';
import { downloadBlob } from '../../shared/download.js';
import { EXPORT_EVENT, type ExportEventDetail } from '../../shared/export-event.js';
import type { FeatureHost } from '../feature.js';
import type { ExportFormat } from './export-options.js';
import { figureFileName } from './file-name.js';
import { EXPORT_BUTTON_ID } from './export-ids.js';

type Choice = ExportFormat | 'copy';
const CHOICES: readonly Choice[] = ['png', 'svg', 'copy'];
const MENU_ID = 'export-menu';

/** `ClipboardItem.supports()` is newer than `ClipboardItem`; where it is missing, PNG is taken on trust. */
type ClipboardItemClass = typeof ClipboardItem & { supports?: (type: string) => boolean };

/**
 * «Last ned figuren»: a disclosure (the element draws its toggle, a button with `aria-expanded`)
 * whose choices are a PNG, an SVG and a copy of the image. The choices follow the toggle in the
 * page and in tab order; ↓ and ↑ also move between them, Escape or a click elsewhere closes them,
 * and after a choice focus is back on the toggle, with the result in a status line beside it.
 */
export class ExportMenu implements ReactiveController {
  readonly #host: FeatureHost;
  #status = '';
  #wasOpen = false;
  #lang = '';
  #listening = false;

  constructor(host: FeatureHost) {
    this.#host = host;
    host.addController(this);
  }

  get #open(): boolean {
    return this.#host.view.exportMenu;
  }

  get #toggle(): HTMLElement | null {
    return this.#host.shadowRoot?.getElementById(EXPORT_BUTTON_ID) ?? null;
  }

  get #items(): HTMLButtonElement[] {
    return [...(this.#host.shadowRoot?.getElementById(MENU_ID)?.querySelectorAll('button') ?? [])];
  }

  /** Whether a node is the toggle or in the choices. */
  #holds(node: unknown): boolean {
    const menu = this.#host.shadowRoot?.getElementById(MENU_ID);
    return node instanceof Node && (node === this.#toggle || !!menu?.contains(node));
  }

  hostConnected(): void {
    this.#host.shadowRoot?.addEventListener('keydown', this.#onKeydown);
    this.#host.shadowRoot?.addEventListener('focusout', this.#onFocusOut);
    // Moved while open: the choices stay open, and a press elsewhere still closes them.
    this.#listenOutside(this.#open);
  }

  hostDisconnected(): void {
    this.#host.shadowRoot?.removeEventListener('keydown', this.#onKeydown);
    this.#host.shadowRoot?.removeEventListener('focusout', this.#onFocusOut);
    this.#listenOutside(false);
  }

  hostUpdate(): void {
    // Each opening starts with an empty status, so the next result is announced even when it is
    // the same sentence as the last; a status in another language goes too.
    if ((this.#open && !this.#wasOpen) || this.#host.language !== this.#lang) this.#status = '';
    this.#wasOpen = this.#open;
    this.#lang = this.#host.language;
  }

  hostUpdated(): void {
    this.#listenOutside(this.#open);
  }

  /** A press outside closes the choices; listened for only while they are open. */
  #listenOutside(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) document.addEventListener('pointerdown', this.#onPointerDown, true);
    else document.removeEventListener('pointerdown', this.#onPointerDown, true);
  }

  #close(focusToggle: boolean): void {
    if (!this.#open) return;
    this.#host.show({ exportMenu: false });
    if (focusToggle) this.#toggle?.focus();
  }

  readonly #onPointerDown = (event: Event): void => {
    if (!event.composedPath().some((node) => this.#holds(node))) this.#close(false);
  };

  /** Focus that moves on to something else on the page closes the choices. */
  readonly #onFocusOut = (event: Event): void => {
    const next = (event as FocusEvent).relatedTarget;
    // No next element: the window lost focus, or a press landed on nothing focusable (the
    // pointer listener decides that one).
    if (this.#open && this.#holds(event.target) && next && !this.#holds(next)) this.#close(false);
  };

  readonly #onKeydown = (event: Event): void => {
    const { key, altKey, ctrlKey, metaKey } = event as KeyboardEvent;
    const target = event.composedPath()[0];
    if (altKey || ctrlKey || metaKey || !this.#holds(target)) return;
    if (key === 'Escape') {
      if (!this.#open) return;
      // Taken, so the element does not also close the open part's panel.
      event.preventDefault();
      this.#close(true);
      return;
    }
    const index = this.#items.indexOf(target as HTMLButtonElement);
    const onItem = index >= 0;
    let next: number;
    if (key === 'ArrowDown') next = onItem ? (index + 1) % CHOICES.length : 0;
    else if (key === 'ArrowUp') next = onItem ? (index + CHOICES.length - 1) % CHOICES.length : CHOICES.length - 1;
    else if (onItem && key === 'Home') next = 0;
    else if (onItem && key === 'End') next = CHOICES.length - 1;
    else return;
    event.preventDefault();
    void this.#focusItem(next);
  };

  /** Focuses a choice, opening the choices first when they are closed (↓ or ↑ on the toggle). */
  async #focusItem(index: number): Promise<void> {
    if (!this.#open) {
      this.#host.show({ exportMenu: true });
      await this.#host.updateComplete;
    }
    this.#items[index]?.focus();
  }

  #say(status: string): void {
    this.#status = status;
    this.#host.requestUpdate();
  }

  #exported(format: ExportFormat, action: ExportEventDetail['action']): void {
    const detail: ExportEventDetail = { format, action, id: this.#host.view.part };
    this.#host.dispatchEvent(new CustomEvent(EXPORT_EVENT, { detail, bubbles: true, composed: true }));
  }

  #choose(choice: Choice, tools: ToolStrings): void {
    this.#close(true);
    if (choice === 'copy') void this.#copy(tools);
    else void this.#download(choice, tools);
  }

  async #download(format: ExportFormat, tools: ToolStrings): Promise<void> {
    try {
      const file = await this.#host.exportFigure({ format });
      const { shownContent, view } = this.#host;
      downloadBlob(file, figureFileName(shownContent.title, view.part, format));
      this.#say(tools.export.downloaded(format.toUpperCase()));
      this.#exported(format, 'download');
    } catch (error) {
      console.error(`${messagePrefix(this.#host.localName)}could not export the figure.`, error);
      this.#say(tools.export.failed);
    }
  }

  async #copy(tools: ToolStrings): Promise<void> {
    const item = typeof ClipboardItem == 'function' ? (ClipboardItem as ClipboardItemClass) : undefined;
    if (!item || !navigator.clipboard?.write || item.supports?.('image/png') === false) {
      this.#say(tools.export.copyUnsupported);
      return;
    }
    // The write is asked for at once, within the click, with the image to follow: Safari allows
    // a clipboard write only so, and the others take it too.
    const image = this.#host.exportFigure({ format: 'png' });
    image.catch(() => undefined);
    try {
      await navigator.clipboard.write([new item({ 'image/png': image })]);
      this.#say(tools.export.copied);
      this.#exported('png', 'copy');
    } catch (error) {
      console.info(`${messagePrefix(this.#host.localName)}the browser did not copy the image.`, error);
      this.#say(tools.export.copyFailed);
    }
  }

  /** A choice's button, named by its format or action, and described by what it is good for. */
  #renderChoice(choice: Choice, tools: ToolStrings) {
    const strings = tools.export;
    const [label, hint] =
      choice === 'png' ? [strings.png, strings.pngHint] : choice === 'svg' ? [strings.svg, strings.svgHint] : [strings.copy, strings.copyHint];
    return html`<div class="export-choice">
      <button type="button" data-choice=${choice} aria-describedby="export-${choice}-hint" @click=${() => this.#choose(choice, tools)}>
        ${label}
      </button>
      <span class="export-hint" id="export-${choice}-hint">${hint}</span>
    </div>`;
  }

  /** The choices when open, and the status line, which stays so what it says is announced. */
  render() {
    const { tools } = this.#host;
    return html`${this.#open && tools
        ? html`<div
            id=${MENU_ID}
            class="export-menu"
            part="export-menu"
            role="group"
            aria-labelledby=${EXPORT_BUTTON_ID}
            aria-describedby="export-note"
          >
            <p class="export-note" id="export-note">${tools.export.note}</p>
            <div class="export-choices">${CHOICES.map((choice) => this.#renderChoice(choice, tools))}</div>
          </div>`
        : nothing}
      <p class="export-status" role="status">${this.#status}</p>`;
  }
}
