import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, matchLang, type SupportedLang } from '../i18n/languages.js';
import { firstLocale, loadedLocale, localeChunks, toolChunks, type Locale } from '../i18n/locales.js';
import type { ToolStrings } from '../i18n/strings.js';
import { messagePrefix } from '../model/message-prefix.js';
import type { LazyLoader } from './lazy-loader.js';

/**
 * The language tag that applies to an element: its own `lang`, the closest ancestor's
 * (across shadow roots, so it works inside other components), then the document's.
 */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const owner: Element | null = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang;
}

/**
 * The element's language and what it has of it: the locale for the first paint, the complete
 * locale once a part opens, and the tools' text. Everything is fetched through the element's
 * lazy loader; until another language arrives the last one shown stays, so nothing goes blank.
 */
export class LocaleController implements ReactiveController {
  /** The language in use. */
  lang: SupportedLang = DEFAULT_LANG;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #loader: LazyLoader;
  #shown: Locale = firstLocale;
  #shownTools?: ToolStrings;
  /** The last unknown tag told in the console, so it is told once. */
  #toldTag = '';

  constructor(host: ReactiveControllerHost & HTMLElement, loader: LazyLoader) {
    this.#host = host;
    this.#loader = loader;
    host.addController(this);
  }

  /** Moved under another ancestor: its lang may differ. */
  hostConnected(): void {
    if (!this.#host.hasAttribute('lang')) this.#host.requestUpdate();
  }

  /** Works the language out again from the element, its ancestors and the document. */
  resolve(): void {
    const tag = this.#host.lang || inheritedLang(this.#host);
    const lang = matchLang(tag);
    if (tag && !lang && tag !== this.#toldTag) {
      this.#toldTag = tag;
      console.info(`${messagePrefix(this.#host.localName)}no content in the language "${tag}"; showing bokmål.`);
    }
    const previous = this.lang;
    this.lang = lang ?? DEFAULT_LANG;
    if (!loadedLocale(this.lang)) void this.needTexts();
    // Tool text already in use (a problems message, say) follows the language.
    if (this.lang !== previous && this.#shownTools) void this.needTools();
  }

  /** The content and first-paint text shown now (perhaps bokmål's first part only). */
  get locale(): Locale {
    this.#shown = loadedLocale(this.lang) ?? this.#shown;
    return this.#shown;
  }

  /** Whether the locale shown has its texts, films and questions (perhaps still the last language's). */
  get complete(): boolean {
    return !this.locale.partial;
  }

  /** The tools' text in the language in use once loaded; until then the last language's. */
  get tools(): ToolStrings | undefined {
    this.#shownTools = toolChunks[this.lang].value ?? this.#shownTools;
    return this.#shownTools;
  }

  /** Fetches the complete locale: texts, films and questions. */
  needTexts(): Promise<Locale | undefined> {
    return this.#loader.load(localeChunks[this.lang]);
  }

  /** Fetches the tools' text. */
  needTools(): Promise<ToolStrings | undefined> {
    return this.#loader.load(toolChunks[this.lang]);
  }
}
