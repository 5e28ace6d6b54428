import { nb as nbContent } from '../content/locales/nb.js';
import type { ModelContent } from '../content/types.js';
import { nb as nbStrings } from '../i18n/nb.js';
import type { SupportedLang } from '../i18n/resolve-lang.js';
import type { UiStrings } from '../i18n/ui-strings.js';

/** Default content and interface text for one language. */
export interface Locale {
  content: ModelContent;
  strings: UiStrings;
}

/** Bokmål ships in the main bundle; other languages are separate chunks, fetched when first used. */
const loaded = new Map<SupportedLang, Locale>([['nb', { content: nbContent, strings: nbStrings }]]);
const pending = new Map<SupportedLang, Promise<Locale>>();

const importers: Record<Exclude<SupportedLang, 'nb'>, () => Promise<Locale>> = {
  nn: () => import('../locales/nn.js'),
  en: () => import('../locales/en.js'),
};

/** The locale if it is already here, so the first render needs no await. */
export function loadedLocale(lang: SupportedLang): Locale | undefined {
  return loaded.get(lang);
}

/** Loads a locale once; later calls share the same promise. */
export function loadLocale(lang: SupportedLang): Promise<Locale> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(lang);
  if (!promise) {
    promise = importers[lang as Exclude<SupportedLang, 'nb'>]().then(
      (locale) => {
        loaded.set(lang, locale);
        return locale;
      },
      (error: unknown) => {
        // Forget the failure so a later switch to this language can try again.
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
