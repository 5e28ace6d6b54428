import { joinContent } from '../content/join.js';
import { nbSummary } from '../content/locales/nb-summary.js';
import type { ModelContent } from '../content/types.js';
import { nb as nbStrings } from '../i18n/nb.js';
import type { SupportedLang } from '../i18n/resolve-lang.js';
import type { UiStrings } from '../i18n/ui-strings.js';

/** Default content and interface text for one language. */
export interface Locale {
  content: ModelContent;
  strings: UiStrings;
  /** True while only the diagram's part of the content is here (bokmål, before its details load). */
  partial?: boolean;
}

/**
 * Bokmål's names and labels ship in the main bundle, so the first render needs no await; its
 * texts, films and questions, and the other languages, are chunks fetched when first needed.
 */
const loaded = new Map<SupportedLang, Locale>([
  ['nb', { content: joinContent(nbSummary), strings: nbStrings, partial: true }],
]);
const pending = new Map<SupportedLang, Promise<Locale>>();

const importers: Record<SupportedLang, () => Promise<Locale>> = {
  nb: () =>
    import('../content/locales/nb-details.js').then(({ nbDetails }) => ({
      content: joinContent(nbSummary, nbDetails),
      strings: nbStrings,
    })),
  nn: () => import('../locales/nn.js'),
  en: () => import('../locales/en.js'),
};

/** The locale as far as it is here (perhaps partial), so the first render needs no await. */
export function loadedLocale(lang: SupportedLang): Locale | undefined {
  return loaded.get(lang);
}

/** Loads a complete locale once; later calls share the same promise. */
export function loadLocale(lang: SupportedLang): Promise<Locale> {
  const ready = loaded.get(lang);
  if (ready && !ready.partial) return Promise.resolve(ready);
  let promise = pending.get(lang);
  if (!promise) {
    promise = importers[lang]().then(
      (locale) => {
        loaded.set(lang, locale);
        return locale;
      },
      (error: unknown) => {
        // Forget the failure so a later attempt can try again.
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
