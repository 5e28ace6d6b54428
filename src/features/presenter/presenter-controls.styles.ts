import { css } from 'lit';
import { controlStyles } from '../../shared/control.styles.js';

/**
 * What presenter mode's own controls share: the element's buttons, text kept for screen readers
 * only, and control text sized by the screen (at least 1.5 % of its height, as the step bar's).
 */
export const presenterControlStyles = [
  controlStyles,
  css`
    :host {
      --_control-size: max(1.6vh, 0.8em);
    }
    button:disabled {
      cursor: default;
      opacity: 0.6;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
];
