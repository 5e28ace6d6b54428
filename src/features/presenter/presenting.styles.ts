import { css } from 'lit';

/**
 * Presenter mode: the whole screen (or viewport), type sized for the back of the room, and a
 * grid that keeps every step inside the screen: the step bar on top, the diagram and the timer
 * on the left, the panel on the right. The panel's room is fixed, so the pages measured in it
 * (see `PresenterFit`, which takes the same room) fit when shown. These styles come with
 * presenter mode's chunk and join the element's own when it first presents.
 */
export const presentingStyles = css`
  :host([presenting]) {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    /* Nothing should need it; only a single paragraph taller than the screen would. */
    overflow: auto;
    box-sizing: border-box;
    padding: 1.5rem 2rem;
    /* Body text 2.6 % of the screen's height (28 px at 1080p, never below 18 px), so the
       smallest text shown (the film's caption, 0.875 em) stays above 2.2 %. */
    font-size: max(2.6vh, 1.125rem);
    background: var(--im-color-panel-background);
    --im-diagram-max-size: 100%;
  }
  :host([presenting]) .base {
    position: relative;
    box-sizing: border-box;
    height: 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    grid-template-areas:
      'message message'
      'bar bar'
      'diagram panel'
      'timer panel';
    column-gap: 2rem;
  }
  /* Narrow screens (a tablet upright): the open part alone, below the bar. */
  @container (width < 720px) {
    :host([presenting]) .base {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto auto minmax(0, 1fr) auto;
      grid-template-areas: 'message' 'bar' 'panel' 'timer';
    }
    :host([presenting]) .layout.is-open > .diagram-column {
      display: none;
    }
    :host([presenting]) .layout:not(.is-open) > .diagram-column {
      grid-area: panel;
    }
  }
  :host([presenting]) .load-error {
    grid-area: message;
  }
  :host([presenting]) innovasjon-modell-presenter-bar {
    grid-area: bar;
  }
  :host([presenting]) innovasjon-modell-presenter-fit {
    grid-area: panel;
  }
  :host([presenting]) innovasjon-modell-presenter-timer {
    grid-area: timer;
    margin-top: 1rem;
  }
  /* The layout's boxes join the grid above. */
  :host([presenting]) .layout {
    display: contents;
  }
  :host([presenting]) .diagram-column {
    grid-area: diagram;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr) auto;
    justify-items: center;
    width: 100%;
    max-width: none;
    min-height: 0;
    margin: 0;
  }
  /* The overview: the diagram alone, across the screen. */
  :host([presenting]) .layout:not(.is-open) > .diagram-column {
    grid-column: 1 / -1;
  }
  /* As large as the room allows, in both directions: a square of the smaller. */
  :host([presenting]) .diagram {
    height: 100%;
    max-width: 100%;
    aspect-ratio: 1;
    min-height: 0;
  }
  :host([presenting]) .source {
    font-size: max(0.8125em, 2.3vh);
  }
  /* On a part's step the note gives its room to the diagram; the overview keeps it. */
  :host([presenting]) .layout.is-open .source {
    display: none;
  }
  :host([presenting]) .detail {
    grid-area: panel;
    align-self: start;
    min-width: 0;
  }
  /* Held back until the pages are measured, so no step shows text that runs off the screen. */
  :host([presenting]) .base:has(> innovasjon-modell-presenter-fit[pending]) .detail {
    visibility: hidden;
  }
  :host([presenting]) .actions {
    display: none;
  }
`;
