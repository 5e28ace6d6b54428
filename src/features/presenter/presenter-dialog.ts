import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { PRESENTER_COMMAND_EVENT } from '../../shared/events.js';
import type { PresenterAction } from './presenter-keys.js';
import { presenterControlStyles } from './presenter-controls.styles.js';

/** A screen of its own over the presentation: the whole screen, above full screen too. */
export const presenterDialogStyles = [
  presenterControlStyles,
  css`
    dialog {
      box-sizing: border-box;
      inset: 0;
      width: 100%;
      height: 100%;
      max-width: none;
      max-height: none;
      margin: 0;
      padding: 4vh 4vw;
      border: 0;
      font: inherit;
      color: var(--im-color-text);
      background: var(--im-color-panel-background);
    }
    dialog::backdrop {
      background: var(--im-color-panel-background);
    }
    h2 {
      margin: 0 0 0.5em;
      font-size: 1.5em;
      line-height: 1.25;
    }
    .close {
      font-size: var(--_control-size);
    }
  `,
];

/**
 * The base of presenter mode's screens over the presentation (black screen, QR code, keys):
 * a modal `<dialog>`, shown while `open`, so the rest cannot be reached meanwhile and focus goes
 * back where it was when it closes. A click on its background, Escape (which the dialog turns
 * into a cancel) and its close button ask the presenter to close it. The presenter's keys do the
 * rest: while it is open, any key closes it and steps nothing.
 */
export abstract class PresenterDialog extends LitElement {
  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    tools: { attribute: false },
  };

  open = false;
  tools?: ToolStrings;

  /** The dialog's accessible name. */
  protected abstract label(tools: ToolStrings): string;
  protected abstract renderBody(tools: ToolStrings): TemplateResult;

  protected get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected close(): void {
    const detail: PresenterAction = 'close';
    this.dispatchEvent(new CustomEvent(PRESENTER_COMMAND_EVENT, { detail, bubbles: true }));
  }

  /** Called once the dialog is shown (the black screen takes focus itself). */
  protected opened?(dialog: HTMLDialogElement): void;

  protected override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open && this.isConnected) {
      dialog.showModal();
      this.opened?.(dialog);
    } else if (!this.open && dialog.open) {
      dialog.close();
    }
  }

  readonly #onCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };

  /** A click on the dialog itself, not on what it shows. */
  protected readonly onClick = (event: MouseEvent): void => {
    if (event.target === event.currentTarget) this.close();
  };

  protected override render() {
    const { tools } = this;
    if (!tools) return nothing;
    return html`<dialog aria-label=${this.label(tools)} @cancel=${this.#onCancel} @click=${this.onClick}>
      ${this.renderBody(tools)}
    </dialog>`;
  }
}
