import { css } from 'lit';

/** The diagram's styles, in its host's shadow root. */
export const diagramStyles = css`
  /* Square from the start, so the page does not shift when the drawing arrives. */
  .frame {
    width: 100%;
    aspect-ratio: 1;
  }

  .frame > svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    /* A double tap on a part opens and closes it, never zooms; pan and pinch-zoom stay. */
    touch-action: manipulation;
  }

  .part {
    cursor: pointer;
    outline: none;
    -webkit-tap-highlight-color: transparent;
  }

  .shape {
    fill: var(--_part-fill);
    stroke: var(--im-color-border);
    stroke-width: 1.5;
    /* 0ms under prefers-reduced-motion: the token is set so on the host. */
    transition: fill var(--im-transition-duration) ease;
  }

  .segment-1 {
    --_part-fill: var(--im-color-practice-1);
    --_part-strong: var(--im-color-practice-1-strong);
  }
  .segment-2 {
    --_part-fill: var(--im-color-practice-2);
    --_part-strong: var(--im-color-practice-2-strong);
  }
  .segment-3 {
    --_part-fill: var(--im-color-practice-3);
    --_part-strong: var(--im-color-practice-3-strong);
  }
  .segment-4 {
    --_part-fill: var(--im-color-practice-4);
    --_part-strong: var(--im-color-practice-4-strong);
  }
  .core {
    --_part-fill: var(--im-color-core);
    --_part-strong: var(--im-color-core-strong);
  }

  .label {
    fill: var(--im-color-label);
    font-weight: 600;
    pointer-events: none;
  }
  .core-label {
    fill: var(--im-color-core-text);
  }

  .part:hover .shape {
    fill: color-mix(in srgb, var(--_part-fill) 70%, var(--_part-strong));
  }

  /* Selected: strong fill, light text and a thick outline, so the state is not carried by colour alone. */
  .is-selected .shape,
  .is-selected:hover .shape {
    fill: var(--_part-strong);
    stroke: var(--im-color-text);
    stroke-width: 4;
  }
  /* No underline: the fill and the thick outline mark the open part, and an underline reads as a link. */
  .label.is-selected {
    fill: var(--im-color-on-strong);
  }

  .ring {
    fill: none;
    stroke: none;
    pointer-events: none;
  }
  .part:focus-visible .ring {
    stroke: var(--im-color-focus);
    stroke-width: 4;
  }

  @media (forced-colors: active) {
    .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    /* System colours only: hover outlines the part in the highlight colour. */
    .part:hover .shape {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 3;
    }
    /* The core's label too: it is a .label, and this comes after its own colour. */
    .label {
      fill: CanvasText;
    }
    .is-selected .shape,
    .is-selected:hover .shape {
      fill: Highlight;
      stroke: CanvasText;
    }
    .label.is-selected {
      fill: HighlightText;
    }
    .part:focus-visible .ring {
      stroke: Highlight;
    }
  }
`;
