import { css } from 'lit';

/**
 * What the panel's chunk brings to its host's shadow root: the layout with a part open, and the
 * text version's list of panels. Outside presenter mode, which lays out its steps itself.
 */
export const hostLayoutStyles = css`
  /* Beside the diagram when there is room, below it when there is not. */
  @container (min-width: 720px) {
    :host(:not([presenting])) .layout.is-open {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      /* The buttons' row takes what the panel needs beyond the diagram, so they sit right under it. */
      grid-template-rows: auto 1fr;
    }
    :host(:not([presenting])) .layout.is-open .detail {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
    :host(:not([presenting])) .layout.is-open .actions {
      grid-column: 1;
      grid-row: 2;
      align-self: start;
    }
  }

  .outline-parts {
    display: grid;
    gap: 1rem;
    margin-top: 0.5rem;
  }
`;
