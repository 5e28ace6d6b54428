import { css, html } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { PresenterDialog, presenterDialogStyles } from './presenter-dialog.js';
import { PRESENTER_KEYS, keyLabel } from './presenter-keys.js';

/**
 * The keys of presenter mode (keys H and ?), from the same table the keys are read by, in the
 * element's language. Internal to `<innovasjon-modell>`.
 *
 * @tagname innovasjon-modell-presenter-help
 * @fires presenter-command - Internal: `close`.
 */
export class PresenterHelp extends PresenterDialog {
  static override styles = [
    presenterDialogStyles,
    css`
      dialog[open] {
        display: grid;
        place-content: center;
        justify-items: start;
      }
      table {
        border-collapse: collapse;
        margin-bottom: 1em;
      }
      th,
      td {
        padding: 0.3em 1em 0.3em 0;
        text-align: start;
        vertical-align: baseline;
      }
      th {
        font-weight: 400;
        white-space: nowrap;
      }
      kbd {
        display: inline-block;
        min-width: 1.25em;
        padding: 0 0.35em;
        font: inherit;
        font-weight: 700;
        text-align: center;
        border: 2px solid var(--im-color-border);
        border-radius: var(--im-radius);
      }
    `,
  ];

  protected label(tools: ToolStrings): string {
    return tools.presenter.helpHeading;
  }

  protected renderBody(tools: ToolStrings) {
    const { presenter } = tools;
    return html`<h2>${presenter.helpHeading}</h2>
      <table>
        <tbody>
          ${PRESENTER_KEYS.map(
            ({ action, keys }) => html`<tr>
              <th scope="row">
                ${keys.map((key, index) => html`${index ? ', ' : ''}<kbd>${keyLabel(key, presenter)}</kbd>`)}
              </th>
              <td>${presenter.keys[action]}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <button type="button" class="close" @click=${() => this.close()}>${tools.panel.close}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-presenter-help': PresenterHelp;
  }
}
