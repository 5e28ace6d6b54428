import { css } from 'lit';
import { presenterControlStyles } from './presenter-controls.styles.js';

export const presenterBarStyles = [
  presenterControlStyles,
  css`
    :host {
      display: block;
      margin-bottom: 0.75em;
      font-size: var(--_control-size);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
      border-radius: var(--im-radius);
    }
    .bar:focus-visible {
      outline: 3px solid var(--im-color-focus);
      outline-offset: 4px;
    }
    .steps,
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .tools {
      margin-inline-start: auto;
    }
    /* Hidden where there is no timer to start, but still taking its room: the bar keeps its
       height from step to step, so the room for the text, and with it the steps, stay put. */
    .unoffered {
      visibility: hidden;
    }
    .counter {
      /* Room for «99 / 99», so the buttons do not move as the count grows. */
      min-width: 7ch;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    .title {
      font-weight: 700;
    }
    /* Where the buttons need the width, the model's title gives way. */
    @container (width < 1200px) {
      .title {
        display: none;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
