import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ToolStrings } from '../../i18n/strings.js';
import { PRESENTER_COMMAND_EVENT } from '../../shared/events.js';
import { Countdown, clockText } from './countdown.js';
import { shortcutsOf, type PresenterAction } from './presenter-keys.js';
import { presenterTimerStyles } from './presenter-timer.styles.js';

/**
 * The timer of presenter mode, for reflection rounds: a large countdown in a corner, 5 minutes
 * to begin with, with a minute more or less, start and pause, and reset. At zero it shows and
 * politely announces that time is up, with no sound. Closing it resets it. Internal to
 * `<innovasjon-modell>`.
 *
 * @tagname innovasjon-modell-presenter-timer
 * @fires presenter-command - Internal: `timer-toggle` when its close button is pressed.
 * @csspart presenter-timer - The timer's box.
 */
export class PresenterTimer extends LitElement {
  static override styles = presenterTimerStyles;

  static override properties: PropertyDeclarations = {
    shown: { type: Boolean, reflect: true },
    tools: { attribute: false },
  };

  /** Drawn in its corner; hidden, it stands reset. */
  shown = false;
  tools?: ToolStrings;

  readonly #countdown = new Countdown();
  #tick?: ReturnType<typeof setTimeout>;

  /** Starts or pauses the countdown (key T). */
  toggle(): void {
    this.#countdown.toggle(performance.now());
    this.requestUpdate();
  }

  #adjust(minutes: number): void {
    this.#countdown.adjust(minutes, performance.now());
    this.requestUpdate();
  }

  #reset(): void {
    this.#countdown.reset();
    this.requestUpdate();
  }

  #close(): void {
    const detail: PresenterAction = 'timer-toggle';
    this.dispatchEvent(new CustomEvent(PRESENTER_COMMAND_EVENT, { detail, bubbles: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#tick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shown') && !this.shown) this.#countdown.reset();
  }

  protected override updated(): void {
    // Wakes when the shown second changes; none is left running once it stands still.
    clearTimeout(this.#tick);
    const left = this.#countdown.left(performance.now());
    if (this.shown && this.#countdown.running && left > 0) {
      this.#tick = setTimeout(() => this.requestUpdate(), (left % 1000 || 1000) + 10);
    }
  }

  protected override render() {
    const { tools } = this;
    if (!tools) return nothing;
    const { presenter, panel } = tools;
    const countdown = this.#countdown;
    const left = countdown.left(performance.now());
    const done = left === 0;
    const run = done || countdown.untouched ? presenter.timerStart : countdown.running ? presenter.timerPause : presenter.timerResume;
    return html`<div class="timer ${done ? 'done' : ''}" part="presenter-timer" role="group" aria-label=${presenter.timer}>
      <p class="time" role="timer">
        <span aria-hidden="true">${clockText(left)}</span>
        <span class="visually-hidden">${done ? presenter.timeUp : presenter.timerLeft(panel.duration(Math.ceil(left / 1000)))}</span>
      </p>
      <p class="status" role="status">${done ? presenter.timeUp : ''}</p>
      <div class="buttons">
        <button type="button" class="shorter" ?disabled=${done || (countdown.untouched && countdown.length <= 60_000)} @click=${() => this.#adjust(-1)}>
          −1 min
        </button>
        <button type="button" class="run" aria-keyshortcuts=${shortcutsOf('timer')} @click=${() => this.toggle()}>${run}</button>
        <button type="button" class="longer" @click=${() => this.#adjust(1)}>+1 min</button>
        <button type="button" class="reset" ?disabled=${countdown.untouched} @click=${() => this.#reset()}>${presenter.timerReset}</button>
        <button type="button" class="close" aria-label=${presenter.timerClose} @click=${() => this.#close()}>${panel.close}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'innovasjon-modell-presenter-timer': PresenterTimer;
  }
}
