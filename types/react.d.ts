/**
 * JSX types for `<innovasjon-modell>` in React 19, so editors complete the tag, its props and
 * its events. Load them once, in any file of your app:
 *
 *   import type {} from 'innovasjon-modell/react';
 *
 * React 19 hands a prop to a custom element as a property when the element has a property of that
 * name (so `content` takes an object), and for a prop named `on` + an event's name, with a
 * function, it adds a listener for that event: the name after `on` is used as it is, case and
 * hyphens kept. Hence `oninnovasjon-open`, not `onInnovasjonOpen`.
 *
 * Types only: the package does not need React to run.
 */
import type { ClassAttributes, HTMLAttributes } from 'react';
import type {
  ExportEventDetail,
  FilmStartEventDetail,
  InnovasjonModell,
  ModelContent,
  PartEventDetail,
  PartId,
  StepEventDetail,
} from '../dist/lib/index.js';

/** The props of `<innovasjon-modell>` in JSX: the element's own, the usual HTML ones, and its events. */
export interface InnovasjonModellProps
  extends ClassAttributes<InnovasjonModell>,
    Omit<HTMLAttributes<InnovasjonModell>, 'content' | 'lang'> {
  /** The open part: `kjerne` or a practice id; '' when closed. Reflects to the attribute. */
  selected?: PartId | '';
  /** Language of content and interface: `nb` (default), `nn` or `en`; other tags fall back to bokmål. */
  lang?: 'nb' | 'nn' | 'en' | (string & Record<never, never>);
  /** Colour scheme: `auto` (default) follows the reader's setting. An attribute only. */
  theme?: 'auto' | 'light' | 'dark';
  /** Presenter mode: full screen, large type, clicker keys. */
  presenting?: boolean;
  /** In presenter mode, follow each practice with a step showing only its questions. */
  presentQuestions?: boolean;
  /** Write the open part to the URL hash under the element's id, and open the part a link names. */
  deepLink?: boolean;
  /** Facilitator notes per practice, kept only in this browser. */
  notes?: boolean;
  /** Address of a JSON content file laid over the built-in content. */
  src?: string;
  /** Complete content in place of the built-in content (see `ModelContent`). */
  content?: ModelContent;
  /** A part is about to open by the viewer's action. Cancelable: `preventDefault()` keeps it closed. */
  'oninnovasjon-open'?: (event: CustomEvent<PartEventDetail>) => void;
  /** The viewer closed the panel. */
  'oninnovasjon-close'?: (event: CustomEvent<PartEventDetail>) => void;
  /** Presenter mode moved to another step. */
  'oninnovasjon-step'?: (event: CustomEvent<StepEventDetail>) => void;
  /** The viewer started a film. */
  'oninnovasjon-film-start'?: (event: CustomEvent<FilmStartEventDetail>) => void;
  /** The viewer exported the figure (downloaded a PNG or SVG, or copied the image). */
  'oninnovasjon-export'?: (event: CustomEvent<ExportEventDetail>) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'innovasjon-modell': InnovasjonModellProps;
    }
  }
}
