import { css } from 'lit';

/** The one button of the element and its parts: size (44 px targets), border, hover, focus ring. */
export const buttonStyles = css`
  button {
    min-height: 44px;
    padding: 0.375rem 0.875rem;
    font: inherit;
    color: var(--im-color-text);
    background: transparent;
    border: 2px solid var(--im-color-border);
    border-radius: var(--im-radius);
    cursor: pointer;
  }
  button:hover {
    background: var(--im-color-hover);
  }
  button:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--im-color-focus);
    outline-offset: 2px;
  }
`;

/** Buttons, section headings and status lines shared by the panel and its tools. */
export const controlStyles = [
  buttonStyles,
  css`
    h3 {
      margin: 1.5em 0 0.5em;
      font-size: 1.125em;
    }
    .status {
      min-height: 1.5em;
      margin: 0.5em 0 0;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
  `,
];
