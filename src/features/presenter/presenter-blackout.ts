import { css, html } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { PresenterDialog, presenterDialogStyles } from './presenter-dialog.js';

/**
 * The black screen of presenter mode (keys B and .), while the room talks: black, with no
 * pointer, over everything. A screen reader hears that the screen is dark and how to come back;
 * any key or click brings the presentation back. Internal to `<innovasjon-modell>`.
 *
 * @tagname innovasjon-modell-presenter-blackout
 * @fires presenter-command - Internal: `close` on a click.
 */
export class PresenterBlackout extends PresenterDialog {
  static override styles = [
    presenterDialogStyles,
    css`
      /* Black in forced colours too: it is the point of it. */
      dialog,
      dialog::backdrop {
        background: #000;
        cursor: none;
        forced-color-adjust: none;
      }
      dialog {
        color: #000;
      }
      dialog:focus {
        outline: none;
      }
    `,
  ];

  protected label(tools: ToolStrings): string {
    return tools.presenter.blackout;
  }

  /** Nothing in it takes focus: the screen itself does, so its name and note are read. */
  protected override opened(dialog: HTMLDialogElement): void {
    dialog.tabIndex = -1;
    dialog.focus();
  }

  /** Every click ends it, wherever it lands. */
  protected override readonly onClick = (): void => this.close();

  protected renderBody(tools: ToolStrings) {
    return html`<p class="visually-hidden">${tools.presenter.blackoutNote}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-presenter-blackout': PresenterBlackout;
  }
}
