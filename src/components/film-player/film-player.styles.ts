import { css } from 'lit';
import { buttonStyles } from '../../shared/control.styles.js';

export const filmPlayerStyles = [
  buttonStyles,
  css`
  :host {
    display: block;
  }

  figure {
    margin: 0;
  }

  video,
  .frame,
  .consent {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    border-radius: var(--im-radius);
    background: var(--im-color-film-background, light-dark(#1a2533, #0b121b));
  }

  .frame iframe {
    width: 100%;
    height: 100%;
    border: 0;
    border-radius: inherit;
  }

  .consent {
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.5rem;
    padding: 1rem;
    box-sizing: border-box;
    color: var(--im-color-film-text, #ffffff);
    text-align: center;
  }

  /* The shared button, filled: it stands on the dark film area. */
  button,
  button:hover {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem 1rem;
    font-weight: 600;
    color: var(--im-color-on-strong);
    background: var(--im-color-button, light-dark(#1d4f80, #2d6aa6));
    border-color: var(--im-color-on-strong);
  }
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible,
  iframe:focus-visible,
  video:focus-visible {
    outline: 3px solid var(--im-color-focus);
    outline-offset: 2px;
  }

  .play-icon {
    width: 0;
    height: 0;
    border-block: 0.45em solid transparent;
    border-inline-start: 0.75em solid currentColor;
  }

  .note {
    margin: 0;
    font-size: 0.875em;
  }

  .link {
    margin: 0;
  }
  a {
    color: var(--im-color-link);
    font-weight: 600;
  }

  figcaption {
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  .duration {
    margin-inline-start: 0.25em;
  }

  details {
    margin-top: 0.5rem;
  }
  /* A 44 px target for a finger (WCAG 2.5.5); list-item keeps the disclosure marker. */
  summary {
    display: list-item;
    box-sizing: border-box;
    min-height: 44px;
    padding-block: 0.625rem;
    cursor: pointer;
    color: var(--im-color-link);
  }

  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`,
];
