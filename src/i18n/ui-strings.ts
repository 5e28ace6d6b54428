import type { Audience } from '../content/types.js';

/** Every piece of interface text the element shows, for one language. */
export interface UiStrings {
  /** Accessible hint for the diagram: how to use it with the keyboard. */
  diagramHint: string;
  /** Accessible name of the core button, given its title and the value labels. */
  coreName: (title: string, values: readonly string[]) => string;
  /** Heading above the core's values in the panel. */
  valuesHeading: string;
  /** Text of the button that closes the panel. */
  close: string;
  /** Accessible name of the close button, given the open part's title. */
  closeName: (title: string) => string;
  /** Heading of the film section. */
  filmHeading: string;
  /** A film's length in words, e.g. «2 min 30 s». */
  duration: (seconds: number) => string;
  /** Button that loads a third-party player; names the host so the viewer knows where it comes from. */
  playFrom: (host: string) => string;
  /** Note shown beside that button. */
  thirdPartyNote: (host: string) => string;
  /** Link to the page where a film is published, given its title and the site's host name. */
  watchAt: (title: string, host: string) => string;
  /** Label of the transcript disclosure. */
  transcript: string;
  /** Shown in place of a film that cannot be played. */
  videoUnsupported: string;
  /** Heading of the questions section. */
  questionsHeading: string;
  /** Headings of each audience's questions. */
  audiences: Record<Audience, string>;
  /** Announced to screen readers when a part opens. */
  opened: (title: string) => string;
  /** Summary of the disclosure that shows the whole model as text. */
  outlineSummary: string;
  /** Button that starts presenter mode. */
  presentButton: string;
  /** Heading of the message shown when content could not be used. */
  contentError: string;
  /** Sentence after that heading, saying what is shown instead. */
  contentErrorFallback: string;
}
