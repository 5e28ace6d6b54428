import { css } from 'lit';
import { buttonStyles } from '../../shared/control.styles.js';
import { diagramStyles } from '../model-diagram/diagram.styles.js';

/**
 * Design tokens with their defaults; a page overrides any of them on the element. The tokens of
 * the panel and the film player alone (`--im-panel-padding`, `--im-heading-size`,
 * `--im-color-button`, `--im-color-film-*`) have their defaults where they are used, in those
 * chunks' styles. Each colour
 * is `light-dark(light, dark)`: the dark one applies when the element's colour scheme is dark,
 * and in dark mode the element brings its own dark background, so it stays readable on a light
 * page. Dark mode uses light «strong» fills with dark text for the open part.
 *
 * On a page with Digdir Designsystemet, its neutral tokens (`--ds-*`, inherited from the page)
 * come before our defaults for font, text, backgrounds, borders, focus, links and corners. The
 * model's own fills and the labels drawn on them keep our pairs, so their contrast holds
 * whatever the page's colours are.
 */
const tokens = css`
  :host {
    --im-font-family: var(--ds-font-family, inherit);
    --im-color-text: var(--ds-color-neutral-text-default, light-dark(#1a2533, #e8edf3));
    --im-color-label: light-dark(#1a2533, #e8edf3);
    --im-color-background: var(--ds-color-neutral-background-default, light-dark(transparent, #0f1720));
    --im-color-panel-background: var(--ds-color-neutral-background-default, light-dark(#ffffff, #16202c));
    --im-color-border: var(--ds-color-neutral-border-default, light-dark(#5b6b7c, #8796a8));
    --im-color-focus: var(--ds-color-focus-outer, light-dark(#0b62c4, #7cb8ff));
    --im-color-link: var(--ds-color-accent-text-subtle, light-dark(#0b5cad, #8cc4ff));
    --im-color-hover: var(--ds-color-neutral-surface-hover, light-dark(#eef2f6, #223041));
    --im-color-core: light-dark(#20344f, #c9dcf2);
    --im-color-core-strong: light-dark(#0a1526, #ffffff);
    --im-color-core-text: light-dark(#ffffff, #0f1b2a);
    --im-color-on-strong: light-dark(#ffffff, #0f1b2a);
    --im-color-practice-1: light-dark(#d4e6f7, #1f3b57);
    --im-color-practice-1-strong: light-dark(#1d5a96, #9cc8f2);
    --im-color-practice-2: light-dark(#d3eddb, #1e4a30);
    --im-color-practice-2-strong: light-dark(#1f6b3a, #9ad8ae);
    --im-color-practice-3: light-dark(#fbe0cc, #5a3218);
    --im-color-practice-3-strong: light-dark(#a3480f, #f5b98c);
    --im-color-practice-4: light-dark(#e6dcf3, #3f2d5c);
    --im-color-practice-4-strong: light-dark(#5b3a8c, #cdb6ef);
    --im-diagram-max-size: 40rem;
    --im-radius: var(--ds-border-radius-md, 6px);
    --im-transition-duration: 150ms;
    /* theme="auto" (default) follows the reader's setting; light and dark force one. */
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --im-transition-duration: 0ms;
    }
  }
`;

const layout = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--im-font-family);
    color: var(--im-color-text);
    background: var(--im-color-background);
  }

  :host([hidden]) {
    display: none;
  }

  .layout {
    display: grid;
    /* minmax(0, …): a long word must wrap, not widen the column past a narrow box. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    align-items: start;
  }

  /* While content loads: a light placeholder, the size of the diagram, and nothing to read yet. */
  .layout[aria-busy='true'] {
    visibility: hidden;
  }
  .layout[aria-busy='true'] .diagram-column {
    visibility: visible;
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--im-color-hover);
  }
  .layout[aria-busy='true'] .diagram-column > * {
    visibility: hidden;
  }

  .diagram-column {
    width: 100%;
    max-width: var(--im-diagram-max-size);
    margin-inline: auto;
  }

  .outline {
    margin-top: 1.5rem;
  }

  /* Compact: small boxes such as intranet widgets. A container query, so it follows the box, not the
     screen. After the rules it changes: same specificity, so the later rule wins. */
  @container (width < 400px) {
    .base {
      font-size: 0.9375em;
    }
    .layout {
      gap: 0.75rem;
    }
    .outline {
      margin-top: 0.5rem;
    }
  }

  .source {
    margin: 0.5rem 0 0;
    font-size: 0.8125em;
    text-align: center;
  }

  /* Centred under the diagram, as the buttons above it are. */
  .outline > summary {
    display: flex;
    width: fit-content;
    margin-inline: auto;
    align-items: center;
    min-height: 44px;
    cursor: pointer;
    color: var(--im-color-link);
    font-weight: 600;
  }

  /* In the layout's grid after the panel, so Tab goes diagram, panel, buttons; beside an open
     panel the grid places the buttons under the diagram. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }
  .actions button {
    background: var(--im-color-panel-background);
  }
  .actions button:hover {
    background: var(--im-color-hover);
  }
  /* The export's chevron is drawn, not a character (▾): laying out that glyph took the first
     layout through the fonts for it, up to a third of that layout. Borders keep their colour in
     forced colours. */
  #export-button::after {
    content: '';
    display: inline-block;
    padding: 0.17em;
    margin: 0 0 0.2em 0.3em;
    border: solid;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
  }
  /* The controls stay off paper (with a practice open, the worksheet's styles print its sheet alone). */
  @media print {
    .actions,
    .outline {
      display: none;
    }
  }

  /* Read out, not seen: a clipped pixel (it is a paragraph with no border or padding). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const innovasjonModellStyles = [tokens, buttonStyles, layout, diagramStyles];
