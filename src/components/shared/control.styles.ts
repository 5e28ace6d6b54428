import { css } from 'lit';

/** Buttons and focus rings shared by the panel's tools (worksheet, notes). */
export const controlStyles = css`
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
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
  textarea:focus-visible {
    outline: 3px solid var(--im-color-focus);
    outline-offset: 2px;
  }
`;
