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
  /** Button that opens the figure export's choices (PNG, SVG, copy). */
  exportButton: string;
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
  /** Link to the page where a film is published, given its title and the site's host name (content may give its own text). */
  watchAt: (title: string, host: string) => string;
  /** Added to a link to a page in another language, given the page's BCP 47 tag, e.g. «(på bokmål)»; '' for a page in this language. */
  pageLanguage: (lang: string) => string;
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

/** What an exported figure's description names: the model, its core's values, its practices, the open part. */
export interface FigureWords {
  title: string;
  values: readonly string[];
  practices: readonly string[];
  /** Title of the open part, highlighted in the figure; '' when none is open. */
  open: string;
}

/** What the keys of presenter mode do; the list of keys names each. */
export type PresenterKey = 'next' | 'previous' | 'first' | 'last' | 'blackout' | 'qr' | 'timer' | 'help' | 'exit';

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
    /** Button (and key B) that turns the screen black; also the black screen's name. */
    blackout: string;
    /** Read out on the black screen: it is dark, and how to come back. */
    blackoutNote: string;
    /** Button (and key Q) that shows the QR code of this page. */
    qr: string;
    /** Heading beside the QR code. */
    qrHeading: string;
    /** Line under that heading: what scanning the code does. */
    qrHint: string;
    /** Name of the QR code image. */
    qrImage: string;
    /** Shown instead of the code when the address is too long for one (or the code cannot be made). */
    qrUnavailable: string;
    /** Button that shows or hides the timer; also the timer's name. */
    timer: string;
    timerStart: string;
    timerPause: string;
    /** Starts a paused timer again. */
    timerResume: string;
    timerReset: string;
    /** Accessible name of the timer's close button; its visible text is the panel's `close`. */
    timerClose: string;
    /** The time left in words, given a duration such as «4 min 30 s». */
    timerLeft: (duration: string) => string;
    /** Shown and read out when the countdown reaches zero. */
    timeUp: string;
    /** Button (and keys H and ?) that shows the keys. */
    help: string;
    /** Heading of the list of keys. */
    helpHeading: string;
    /** What each key does, as the list of keys says it. */
    keys: Record<PresenterKey, string>;
    /** Names of keys written as words. */
    space: string;
    shift: string;
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
  /** The figure export: the choices under «Last ned figuren», their messages, the file's description. */
  export: {
    /** Line above the choices: the image is the figure as it is shown now. */
    note: string;
    png: string;
    /** What the PNG is good for, under its name. */
    pngHint: string;
    svg: string;
    svgHint: string;
    copy: string;
    copyHint: string;
    /** Status once the browser has the file, given the format's name (PNG, SVG). */
    downloaded: (format: string) => string;
    copied: string;
    /** The browser cannot put images on the clipboard. */
    copyUnsupported: string;
    /** The browser refused to put the image on the clipboard. */
    copyFailed: string;
    /** The image could not be made. */
    failed: string;
    /** The figure in words, for the SVG's `<desc>` and the PNG's description. */
    description: (figure: FigureWords) => string;
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
