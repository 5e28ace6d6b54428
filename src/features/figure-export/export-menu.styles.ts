import { css } from 'lit';

/**
 * The figure export's choices: a card on a line of its own under the row of buttons, so it needs
 * no positioning and fits a 280 px box; they join the element's styles with the chunk.
 */
export const exportMenuStyles = css`
  #export-button::after {
    transition: rotate var(--im-transition-duration) ease;
  }
  /* The chevron is a corner turned 45°: a half turn more points it up. */
  #export-button[aria-expanded='true']::after {
    rotate: 225deg;
  }
  .export-menu {
    flex-basis: 100%;
    box-sizing: border-box;
    max-width: 40rem;
    padding: 0.75rem;
    border: 2px solid var(--im-color-border);
    border-radius: var(--im-radius);
    background: var(--im-color-panel-background);
  }
  .export-note {
    margin: 0 0 0.75rem;
    font-size: 0.875em;
    text-align: center;
  }
  .export-choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.5rem;
  }
  .export-choice {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .export-choice > button {
    font-weight: 600;
  }
  .export-hint {
    font-size: 0.8125em;
    text-align: center;
  }
  .export-status {
    flex-basis: 100%;
    margin: 0;
    text-align: center;
  }
  /* Empty, it takes no line (a flex line would add a gap); it stays in the page, so it is announced. */
  .export-status:empty {
    position: absolute;
  }
`;
