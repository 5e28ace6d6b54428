import { css } from 'lit';

/**
 * Presenter mode: the whole screen (or viewport), type and diagram sized for a projector. These
 * styles come with presenter mode's chunk and join the element's own when it first presents.
 */
export const presentingStyles = css`
  :host([presenting]) {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    overflow: auto;
    box-sizing: border-box;
    padding: 1.5rem 2rem;
    font-size: clamp(1.125rem, 1.6vw, 1.75rem);
    background: var(--im-color-panel-background);
    --im-diagram-max-size: min(82vh, 100%);
  }
`;
