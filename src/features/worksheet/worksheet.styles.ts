import { css } from 'lit';
import { controlStyles } from '../../shared/control.styles.js';

export const worksheetStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    label {
      display: inline-flex;
      max-width: 100%;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    select {
      max-width: 100%;
      min-height: 44px;
      font: inherit;
      color: inherit;
      background: var(--im-color-panel-background);
      border: 2px solid var(--im-color-border);
      border-radius: var(--im-radius);
    }

    /* On screen only the controls; on paper only the sheet. */
    .sheet {
      display: none;
    }
    @media print {
      .controls {
        display: none;
      }
      .sheet {
        display: block;
        color: #000;
        font-size: 12pt;
        line-height: 1.4;
      }
      .sheet h1 {
        font-size: 18pt;
        margin: 0 0 6pt;
      }
      .sheet h2 {
        font-size: 14pt;
        margin: 14pt 0 4pt;
        break-after: avoid;
      }
      .sheet li {
        break-inside: avoid;
      }
      .note {
        font-style: italic;
      }
      /* Ruled lines to write on. */
      .answer {
        height: 3.2cm;
        background: repeating-linear-gradient(to bottom, transparent 0 0.75cm, #999 0.75cm calc(0.75cm + 1px));
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    }
  `,
];
