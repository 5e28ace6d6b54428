/**
 * The content model of «Kultur for innovasjon»: pure data, no DOM.
 * Every string is plain text; the element never renders content as markup.
 */

/** Stable ASCII ids of the four leadership practices, in clockwise order from the top right. */
export const PRACTICE_IDS = [
  'muligheter-og-retning',
  'tillit-og-risikovilje',
  'samarbeid-og-involvering',
  'laere-og-endre-praksis',
] as const;

export type PracticeId = (typeof PRACTICE_IDS)[number];

/** The id of the culture core in the centre of the model. */
export const CORE_ID = 'kjerne';
export type CoreId = typeof CORE_ID;

/** Any part that can be opened: the core or one of the practices. */
export type PartId = CoreId | PracticeId;

/** Every part's id: the core, then the practices clockwise. */
export const PART_IDS: readonly PartId[] = [CORE_ID, ...PRACTICE_IDS];

/** Whether a text is the id of a part of the model. */
export function isPartId(id: string): id is PartId {
  return (PART_IDS as readonly string[]).includes(id);
}

/** Whether a text is the id of one of the practices. */
export function isPracticeId(id: string): id is PracticeId {
  return (PRACTICE_IDS as readonly string[]).includes(id);
}

/** Who a reflection question is meant for. */
export const AUDIENCES = ['self', 'team', 'leaders'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** One of the three values of the culture core. */
export interface CoreValue {
  /** Stable ASCII id, e.g. `nysgjerrighet`. */
  id: string;
  /** The value's name as shown in the diagram, e.g. «Nysgjerrighet». */
  label: string;
  /** One or two short sentences on what the value means in daily work. */
  text: string;
}

/** The culture core: the three values in the centre. */
export interface CultureCore {
  /** Heading of the core's panel, e.g. «Kultur for innovasjon». */
  title: string;
  /** Overall text on the core (short paragraphs). */
  body: string[];
  /** Exactly three values, shown in the centre of the diagram. */
  values: CoreValue[];
}

/** A WebVTT caption or subtitle track of a self-hosted film. */
export interface CaptionTrack {
  /** URL of the .vtt file. */
  src: string;
  /** BCP 47 language of the track, e.g. `nb`. */
  srclang: string;
  /** Name of the track in the player's menu, e.g. «Norsk (bokmål)». */
  label: string;
  /** Track shown by default. */
  default?: boolean;
}

/** A video file on the embedder's own server, played in `<video controls>`. */
export interface FileFilmSource {
  kind: 'file';
  /** URL of the video file (https: or relative). */
  src: string;
  /** MIME type, e.g. `video/webm`. */
  type?: string;
  /** Optional still image shown before playing. */
  poster?: string;
  /** Caption tracks; at least one is expected for WCAG 1.2.2 (the console warns otherwise). */
  tracks: CaptionTrack[];
}

/** A link to the page where the film is published, or to a page that lists it among others. */
export interface LinkFilmSource {
  kind: 'link';
  /** https: URL of that page. */
  href: string;
  /**
   * BCP 47 language of that page, e.g. `nb`. Set as the link's `hreflang`; when it is not the
   * element's language, the link says so, e.g. «(på bokmål)».
   */
  lang?: string;
  /**
   * The link's text, for a page that is not the film's own, e.g. «Finn filmen på DFØs side om
   * modellen». Without it the link reads «Se «<title>» på <host>».
   */
  label?: string;
}

/**
 * A video on a film host, loaded only when the viewer presses play: `youtube` (through
 * youtube-nocookie.com), `vimeo` (with dnt=1), or a host added with `registerFilmHost`.
 */
export interface HostedFilmSource {
  kind: string;
  /** The host's video id: 11 characters for YouTube, digits for Vimeo. */
  videoId: string;
}

/** Where a film is played from. */
export type FilmSource = FileFilmSource | LinkFilmSource | HostedFilmSource;

/** True for a self-hosted file. */
export function isFileSource(source: FilmSource): source is FileFilmSource {
  return source.kind === 'file';
}

/** True for a link to a film's page. */
export function isLinkSource(source: FilmSource): source is LinkFilmSource {
  return source.kind === 'link';
}

/** A learning film for a practice. */
export interface Film {
  /** The film's title. */
  title: string;
  /** Length in whole seconds, when known. */
  durationSeconds?: number;
  /** Where the film is played from. */
  source: FilmSource;
  /** The film's words as text, one paragraph per entry (optional). */
  transcript?: string[];
}

/** Reflection questions grouped by audience. */
export interface ReflectionQuestions {
  /** For the leader alone. */
  self: string[];
  /** For the leader with the team. */
  team: string[];
  /** For the management group. */
  leaders: string[];
}

/** One of the four leadership practices around the core. */
export interface Practice {
  /** Stable ASCII id. */
  id: PracticeId;
  /** The practice's full name, e.g. «Se muligheter og vise retning». */
  title: string;
  /** Short label drawn in the diagram segment (wrapped to fit). */
  label: string;
  /** One short lead paragraph. */
  intro: string;
  /** Body paragraphs. */
  body: string[];
  /** The practice's learning film. */
  film: Film;
  /** Reflection questions, at least one per audience. */
  questions: ReflectionQuestions;
}

/** All content the element shows for one language. */
export interface ModelContent {
  /** BCP 47 language of the content: `nb`, `nn` or `en`. */
  lang: string;
  /** Name of the model, e.g. «Kultur for innovasjon». */
  title: string;
  /** One or two sentences on the model's structure, read to screen readers with the diagram. */
  description: string;
  /** Where the model comes from, e.g. the white paper. */
  sourceNote: string;
  /** The culture core. */
  core: CultureCore;
  /** The four practices, in clockwise order from the top right. */
  practices: Practice[];
}
