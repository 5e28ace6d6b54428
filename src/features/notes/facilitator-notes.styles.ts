import { css } from 'lit';
import { controlStyles } from '../../shared/control.styles.js';

export const facilitatorNotesStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    label {
      display: block;
      font-weight: 600;
    }
    .hint {
      margin: 0.25em 0 0.5em;
      font-size: 0.875em;
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      padding: 0.5rem;
      font: inherit;
      color: inherit;
      background: var(--im-color-panel-background);
      border: 2px solid var(--im-color-border);
      border-radius: var(--im-radius);
      resize: vertical;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
