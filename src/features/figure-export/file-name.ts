/** Letters a file name keeps in ASCII: Norwegian ones as they are usually written without. */
const SPELLED_OUT: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** Lower case, letters and digits only, words joined by hyphens: `kultur-for-innovasjon`. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => SPELLED_OUT[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * The downloaded file's name, from the model's title and the open part, so files of several
 * states are told apart: `kultur-for-innovasjon-tillit-og-risikovilje.png`.
 */
export function figureFileName(title: string, openPart: string, format: string): string {
  return `${[slug(title) || 'innovasjon-modell', openPart].filter(Boolean).join('-')}.${format}`;
}
