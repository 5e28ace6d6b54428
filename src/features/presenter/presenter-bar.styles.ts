import { css } from 'lit';
import { controlStyles } from '../../shared/control.styles.js';

export const presenterBarStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      margin-bottom: 1rem;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    .counter {
      min-width: 4ch;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    .title {
      margin-inline-start: auto;
      font-weight: 700;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
