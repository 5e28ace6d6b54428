import type { Audience } from '../model/types.js';

/**
 * The interface text the element needs for its first paint, for one language. The rest (panel,
 * tools) is `ToolStrings`, loaded on demand.
 */
export interface UiStrings {
  /** Accessible hint for the diagram: how to use it with the keyboard. */
  diagramHint: string;
  /** Accessible name of the core button, given its title and the value labels. */
  coreName: (title: string, values: readonly string[]) => string;
  /** Announced to screen readers when a part opens. */
  opened: (title: string) => string;
  /** Summary of the disclosure that shows the whole model as text. */
  outlineSummary: string;
  /** Button that starts presenter mode. */
  presentButton: string;
  /** Shown in the element when a part of its code could not be loaded, even after a retry. */
  loadFailed: string;
}


/** Text of the detail panel and the film player. */
export interface PanelStrings {
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
  /** Heading of the message shown when content could not be used. */
  contentError: string;
  /** Sentence after that heading, saying what is shown instead. */
  contentErrorFallback: string;
}

/**
 * Interface text of what is loaded on demand (the panel, presenter mode, worksheet, notes), for
 * one language. Kept apart from `UiStrings` so the main bundle does not carry it.
 */
export interface ToolStrings {
  /** The detail panel, the film player and the problems message. */
  panel: PanelStrings;
  /** Presenter mode. */
  presenter: {
    /** Button that leaves it. */
    exit: string;
    next: string;
    previous: string;
    /** Name of the step bar, for screen readers. */
    barLabel: string;
    /** Read out on each step: «Trinn 3 av 6: Vise tillit og risikovilje». */
    stepStatus: (step: number, total: number, title: string) => string;
    /** Title of the overview step. */
    overview: string;
    /** Title of a practice's questions step. */
    questionsOf: (title: string) => string;
  };
  /** The workshop worksheet in a practice's panel. */
  worksheet: {
    heading: string;
    /** Label of the audience choice. */
    audienceLabel: string;
    /** Choice for every audience at once. */
    allAudiences: string;
    print: string;
    copy: string;
    copied: string;
    copyFailed: string;
    /** Line under the title on the printed sheet. */
    printedNote: string;
  };
  /** The facilitator's notes in a practice's panel. */
  notes: {
    heading: string;
    /** Label of the notes field, given the practice's title. */
    label: (title: string) => string;
    hint: string;
    export: string;
    delete: string;
    deleted: string;
    /** Heading of the exported text file. */
    fileTitle: (modelTitle: string) => string;
    /** Name of the downloaded file. */
    fileName: string;
  };
}
