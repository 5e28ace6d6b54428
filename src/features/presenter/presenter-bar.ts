import { LitElement, html, type PropertyDeclarations } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { PRESENTER_COMMAND_EVENT, type PresenterCommand } from '../../shared/events.js';
import { presenterBarStyles } from './presenter-bar.styles.js';

/**
 * The step bar of presenter mode: previous, a visible counter («3 / 6»), next, and exit. The
 * counter is also read out as a status. Internal to `<innovasjon-modell>`, loaded only when
 * someone presents.
 *
 * @tagname innovasjon-modell-presenter-bar
 * @fires presenter-command - Internal: `detail` is `next`, `previous` or `exit`.
 * @csspart presenter-bar - The bar.
 */
export class PresenterBar extends LitElement {
  static override styles = presenterBarStyles;

  static override properties: PropertyDeclarations = {
    step: { attribute: false },
    total: { attribute: false },
    stepTitle: { attribute: false },
    modelTitle: { attribute: false },
    tools: { attribute: false },
  };

  /** The step shown, counted from 1. */
  step = 1;
  total = 1;
  /** Title of what the step shows. */
  stepTitle = '';
  modelTitle = '';
  tools?: ToolStrings;

  private command(command: PresenterCommand): void {
    this.dispatchEvent(new CustomEvent(PRESENTER_COMMAND_EVENT, { detail: command, bubbles: true }));
  }

  protected override render() {
    if (!this.tools) return html``;
    const { presenter } = this.tools;
    return html`<div class="bar" part="presenter-bar" role="group" aria-label=${presenter.barLabel}>
      <button type="button" class="previous" ?disabled=${this.step <= 1} @click=${() => this.command('previous')}>
        <span aria-hidden="true">←</span> ${presenter.previous}
      </button>
      <span class="counter" aria-hidden="true">${this.step} / ${this.total}</span>
      <span class="visually-hidden" role="status">${presenter.stepStatus(this.step, this.total, this.stepTitle)}</span>
      <button type="button" class="next" ?disabled=${this.step >= this.total} @click=${() => this.command('next')}>
        ${presenter.next} <span aria-hidden="true">→</span>
      </button>
      <button type="button" class="exit" @click=${() => this.command('exit')}>${presenter.exit}</button>
      <span class="title">${this.modelTitle}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-presenter-bar': PresenterBar;
  }
}
