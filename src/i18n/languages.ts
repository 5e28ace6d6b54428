/** The languages the element has content and interface text for. */
export const SUPPORTED_LANGS = ['nb', 'nn', 'en'] as const;
export type SupportedLang = (typeof SUPPORTED_LANGS)[number];
export const DEFAULT_LANG: SupportedLang = 'nb';

/**
 * Maps a BCP 47 tag to a supported language, or undefined when there is none.
 * «no» (Norwegian without a written form) is read as bokmål, as browsers and CMSs mostly mean it.
 */
export function matchLang(tag: string | null | undefined): SupportedLang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'no') return 'nb';
  return (SUPPORTED_LANGS as readonly string[]).includes(primary)
    ? (primary as SupportedLang)
    : undefined;
}
