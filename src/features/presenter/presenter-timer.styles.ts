import { css } from 'lit';
import { presenterControlStyles } from './presenter-controls.styles.js';

export const presenterTimerStyles = [
  presenterControlStyles,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    :host(:not([shown])) {
      display: none;
    }
    .timer {
      display: grid;
      justify-items: start;
      gap: 0.25em;
      width: fit-content;
      max-width: 100%;
      box-sizing: border-box;
      padding: 0.5em 0.75em 0.75em;
      color: var(--im-color-text);
      background: var(--im-color-panel-background);
      border: 2px solid var(--im-color-border);
      border-radius: var(--im-radius);
    }
    .time {
      margin: 0;
      font-size: 3em;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
    }
    .status:empty {
      display: none;
    }
    .status {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
    }
    /* Time is up: a steady change of colour and border, no blinking and no sound. */
    .done {
      border-color: var(--im-color-practice-3-strong);
      border-width: 4px;
    }
    .done .time,
    .done .status {
      color: var(--im-color-practice-3-strong);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      font-size: var(--_control-size);
    }
    .buttons button {
      padding-inline: 0.625rem;
    }
  `,
];
