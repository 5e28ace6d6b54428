import { Chunk } from '../shared/chunk.js';
import { joinContent } from '../model/content-parts.js';
import type { ModelContent } from '../model/types.js';
import type { SupportedLang } from './languages.js';
import type { ToolStrings, UiStrings } from './strings.js';
import { nbSummary } from './nb/summary.js';
import { nb as nbStrings } from './nb/ui.js';

/** Default content and the first paint's interface text for one language. */
export interface Locale {
  content: ModelContent;
  strings: UiStrings;
  /** True while only the diagram's part of the content is here (bokmål, before its details load). */
  partial?: boolean;
}

/**
 * What the first render needs with no await: bokmål's names, labels and interface text, which
 * ship in the main bundle. Its texts, films and questions, the other languages, and each
 * language's tool text are chunks fetched when first needed.
 */
export const firstLocale: Locale = { content: joinContent(nbSummary), strings: nbStrings, partial: true };

/** One loader for every language: its complete locale, and the text of the on-demand tools. */
export const localeChunks: Record<SupportedLang, Chunk<Locale>> = {
  nb: new Chunk('the bokmål texts', () =>
    import('./nb/details.js').then(({ nbDetails }) => ({ content: joinContent(nbSummary, nbDetails), strings: nbStrings })),
  ),
  nn: new Chunk('the nynorsk texts', () => import('./nn/index.js')),
  en: new Chunk('the English texts', () => import('./en/index.js')),
};

export const toolChunks: Record<SupportedLang, Chunk<ToolStrings>> = {
  nb: new Chunk('the bokmål interface text', () => import('./nb/tools.js').then((module) => module.tools)),
  nn: new Chunk('the nynorsk interface text', () => import('./nn/tools.js').then((module) => module.tools)),
  en: new Chunk('the English interface text', () => import('./en/tools.js').then((module) => module.tools)),
};

/** The locale as far as it is here: complete once loaded, else bokmål's first part or nothing. */
export function loadedLocale(lang: SupportedLang): Locale | undefined {
  return localeChunks[lang].value ?? (lang === 'nb' ? firstLocale : undefined);
}
