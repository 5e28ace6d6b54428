import { css } from 'lit';
import { controlStyles } from '../../shared/control.styles.js';

export const detailPanelStyles = [
  controlStyles,
  css`
  :host {
    display: block;
  }

  /* The open part's colour along the top edge; the owner sets the class by the part's place. */
  :host(.accent-0) {
    --im-panel-accent: var(--im-color-core);
  }
  :host(.accent-1) {
    --im-panel-accent: var(--im-color-practice-1-strong);
  }
  :host(.accent-2) {
    --im-panel-accent: var(--im-color-practice-2-strong);
  }
  :host(.accent-3) {
    --im-panel-accent: var(--im-color-practice-3-strong);
  }
  :host(.accent-4) {
    --im-panel-accent: var(--im-color-practice-4-strong);
  }

  .panel {
    padding: var(--im-panel-padding, clamp(1rem, 4cqi, 1.75rem));
    color: var(--im-color-text);
    background: var(--im-color-panel-background);
    border: 1px solid var(--im-color-border);
    border-top: 6px solid var(--im-panel-accent, var(--im-color-border));
    border-radius: var(--im-radius);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  /* Wraps, so a long heading in a narrow box or at 200 % text pushes the button below it. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
  }

  h2 {
    flex: 1 1 10em;
    min-width: 0;
    margin: 0;
    /* Smaller in small boxes: 1.25em at 400 px of container width and below. */
    font-size: var(--im-heading-size, clamp(1.25em, 5cqi, 1.5em));
    line-height: 1.25;
  }
  h4 {
    margin: 1em 0 0.25em;
    font-size: 1em;
  }
  p {
    margin: 0.75em 0 0;
  }
  .intro {
    font-size: 1.0625em;
    font-weight: 600;
  }

  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 44px;
  }
  /* An × drawn with borders, so it needs no icon font and follows forced colours. */
  .close-icon {
    position: relative;
    width: 0.875em;
    height: 0.875em;
  }
  .close-icon::before,
  .close-icon::after {
    content: '';
    position: absolute;
    inset: 50% 0 auto;
    border-top: 2px solid currentColor;
    transform: rotate(45deg);
  }
  .close-icon::after {
    transform: rotate(-45deg);
  }

  .values dt {
    font-weight: 700;
    margin-top: 0.75em;
  }
  .values dd {
    margin: 0.125em 0 0;
  }

  .questions {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .questions li + li {
    margin-top: 0.375em;
  }

  /* A presenter's questions step: the questions alone, large enough for the back of the room. */
  .questions-view {
    font-size: 1.25em;
  }
  .questions-view .questions li + li {
    margin-top: 0.75em;
  }

  /* A presenter's page: the film (16:9) at most 42 % of the screen's height, so it leaves room
     for its heading and caption on a page of its own. */
  .paged .film-section {
    max-width: calc(42vh * 16 / 9);
  }

  /* On paper a practice's panel is its worksheet; the worksheet element draws the sheet. */
  @media print {
    .panel {
      border: 0;
      padding: 0;
      background: none;
    }
    .panel.practice .header,
    .panel.practice .intro,
    .panel.practice .body,
    .panel.practice .film-section,
    .panel.practice .questions-section {
      display: none;
    }
    .close {
      display: none;
    }
  }
`,
];
