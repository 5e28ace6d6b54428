import { matchLang } from './languages.js';

/** The language a tag names, with «no» read as bokmål: `nb-NO` → `nb`, `de-AT` → `de`. */
function languageOf(tag: string): string {
  return matchLang(tag) ?? tag.trim().toLowerCase().split(/[-_]/)[0];
}

/**
 * What to add to a link whose page is in language `page`, for a reader of language `own`: ''
 * when the two are the same language, else e.g. «(på bokmål)». The language's name comes from
 * `names` (keyed by language, as readers of `own` say it), else from the browser, else is the tag.
 */
export function languageNote(
  own: string,
  page: string,
  names: Readonly<Record<string, string>>,
  note: (name: string) => string,
): string {
  const language = languageOf(page);
  if (language === languageOf(own)) return '';
  return note(names[language] ?? browserName(own, page) ?? page);
}

function browserName(own: string, page: string): string | undefined {
  try {
    return new Intl.DisplayNames([own], { type: 'language', fallback: 'none' }).of(page);
  } catch {
    // A tag the browser cannot read: the tag itself is still better than nothing.
    return undefined;
  }
}
