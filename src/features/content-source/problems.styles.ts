import { css } from 'lit';

/** Styles of the problems message, which join the element's own when this chunk arrives. */
export const problemsStyles = css`
  .problems {
    margin-bottom: 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid #b3261e;
    border-radius: var(--im-radius);
    background: #fdecea;
    color: #5f1410;
    overflow-wrap: anywhere;
  }
  .problems p {
    margin: 0;
  }
  .problems ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
`;
