import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { PRESENTER_COMMAND_EVENT } from '../../shared/events.js';
import { shortcutsOf, type PresenterAction } from './presenter-keys.js';
import { presenterBarStyles } from './presenter-bar.styles.js';

/**
 * The step bar of presenter mode: previous, a visible counter («3 / 6»), next; the model's
 * title; the timer, black screen, QR code and help; and exit. The counter is also read out as
 * a status. Internal to `<innovasjon-modell>`, loaded only when someone presents.
 *
 * @tagname innovasjon-modell-presenter-bar
 * @fires presenter-command - Internal: `detail` is what the pressed button asks for (`next`, `exit`, `qr`, …).
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
    timerOffered: { attribute: false },
    timerShown: { attribute: false },
  };

  /** The step shown, counted from 1. */
  step = 1;
  total = 1;
  /** Title of what the step shows. */
  stepTitle = '';
  modelTitle = '';
  tools?: ToolStrings;
  /** The timer's button is offered (a practice's step, or the timer is shown). */
  timerOffered = false;
  timerShown = false;

  /** Focus goes to the bar itself, so a screen reader hears its name and the step. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.bar')?.focus(options);
  }

  private command(command: PresenterAction): void {
    this.dispatchEvent(new CustomEvent(PRESENTER_COMMAND_EVENT, { detail: command, bubbles: true }));
  }

  protected override render() {
    if (!this.tools) return nothing;
    const { presenter } = this.tools;
    return html`<div class="bar" part="presenter-bar" role="group" aria-label=${presenter.barLabel} tabindex="-1">
      <div class="steps">
        <button type="button" class="previous" ?disabled=${this.step <= 1} @click=${() => this.command('previous')}>
          <span aria-hidden="true">←</span> ${presenter.previous}
        </button>
        <span class="counter" aria-hidden="true">${this.step} / ${this.total}</span>
        <span class="visually-hidden" role="status">${presenter.stepStatus(this.step, this.total, this.stepTitle)}</span>
        <button type="button" class="next" ?disabled=${this.step >= this.total} @click=${() => this.command('next')}>
          ${presenter.next} <span aria-hidden="true">→</span>
        </button>
      </div>
      <span class="title">${this.modelTitle}</span>
      <div class="tools">
        <button
          type="button"
          class="timer ${this.timerOffered ? '' : 'unoffered'}"
          aria-expanded=${this.timerShown ? 'true' : 'false'}
          @click=${() => this.command('timer-toggle')}
        >
          ${presenter.timer}
        </button>
        <button type="button" class="blackout" aria-keyshortcuts=${shortcutsOf('blackout')} @click=${() => this.command('blackout')}>
          ${presenter.blackout}
        </button>
        <button type="button" class="qr" aria-keyshortcuts=${shortcutsOf('qr')} @click=${() => this.command('qr')}>${presenter.qr}</button>
        <button type="button" class="help" aria-keyshortcuts=${shortcutsOf('help')} @click=${() => this.command('help')}>${presenter.help}</button>
        <button type="button" class="exit" aria-keyshortcuts=${shortcutsOf('exit')} @click=${() => this.command('exit')}>${presenter.exit}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-presenter-bar': PresenterBar;
  }
}
