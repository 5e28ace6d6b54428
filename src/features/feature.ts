import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { ToolStrings } from '../i18n/strings.js';
import type { SupportedLang } from '../i18n/languages.js';
import type { ModelContent, PartId, Practice } from '../model/types.js';
import type { Chunk } from '../shared/chunk.js';
import type { ExportFigureOptions } from './figure-export/export-options.js';

/** What the element shows: the open part, whether only its questions, and presenter mode. */
export interface ViewState {
  /** The open part; '' when none is. */
  part: PartId | '';
  /** Only the open practice's questions (a presenter step). */
  questions: boolean;
  presenting: boolean;
  /** The figure export's choices are open under the diagram. */
  exportMenu: boolean;
}

/**
 * What a feature sees of `<innovasjon-modell>` and the only ways it changes it. Features read the
 * element's public options (`presentQuestions`, `deepLink`, `notes`, `src`, `content`, `id`)
 * directly, as the page sets them.
 */
export interface FeatureHost extends ReactiveControllerHost, HTMLElement {
  readonly presentQuestions: boolean;
  readonly deepLink: boolean;
  readonly notes: boolean;
  readonly src: string;
  readonly content?: ModelContent;
  /** What is shown now. */
  readonly view: Readonly<ViewState>;
  /** The content shown now. */
  readonly shownContent: ModelContent;
  /** Whether that content has its texts, films and questions yet (only then can a part open). */
  readonly hasTexts: boolean;
  /** The diagram's drawing as shown; null until it is drawn (the element has no width yet). */
  readonly drawing: SVGSVGElement | null;
  /** Moves keyboard focus to a part of the diagram. */
  focusPart(id: PartId): void;
  /** The language in use. */
  readonly language: SupportedLang;
  /** The tools' text, once loaded (a feature with `needsTools` gets it fetched with it). */
  readonly tools?: ToolStrings;
  /** Fetches the tools' text, for a feature that needs it only at times. */
  loadTools(): Promise<unknown>;
  /** The one way to change what is shown: the element keeps its rules (see `ViewState`). */
  show(change: Partial<ViewState>): void;
  /**
   * The one way to hand the element the page's content, checked and repaired; `undefined` goes
   * back to the built-in content. `pending` marks the element busy while content is on its way.
   */
  useContent(content: ModelContent | undefined, pending?: boolean): void;
  /** The built-in content of the language in use, complete (texts included). */
  completeBuiltInContent(): Promise<ModelContent>;
  /** Work that `updateComplete` waits for (a fetch of content, say). */
  track(work: Promise<unknown>): void;
  /** The element's public `exportFigure()`: the figure as a PNG or SVG file. */
  exportFigure(options: ExportFigureOptions): Promise<Blob>;
}

/** What a feature adds to the element once its chunk is here. All optional. */
export interface FeatureInstance {
  /** Styles that join the element's own. */
  styles?: CSSResult;
  /** Drawn above the model: the presenter bar, messages. */
  renderTop?(): unknown;
  /** Drawn at the end of an open practice's panel: worksheet, notes. */
  renderPracticeTools?(practice: Practice): unknown;
  /** Drawn in the row of buttons under the diagram, after them: the figure export's choices. */
  renderActions?(): unknown;
  /** The pieces of the open part that the panel draws now (a presenter's page); undefined for all. */
  panelPage?(): ReadonlySet<string> | undefined;
}

export interface FeatureModule {
  /** Called once per element, when the chunk is here and the element wants the feature. */
  attach(host: FeatureHost): FeatureInstance;
}

/**
 * An opt-in part of the element: a small declaration in the main bundle, and a chunk fetched the
 * first time an element wants it. The element keeps no list of triggers: each feature says when
 * it is wanted.
 */
export interface Feature {
  chunk: Chunk<FeatureModule>;
  /** Whether this element needs the feature now (read on every update; keep it cheap). */
  wanted(host: FeatureHost): boolean;
  /** The tools' text the feature draws with is fetched with it. */
  needsTools?: boolean;
  /**
   * The feature decides what is shown (the page's own content): while its chunk is on its way,
   * the element is marked busy and shows a light placeholder instead of the built-in content.
   */
  holdsFirstPaint?: boolean;
}
