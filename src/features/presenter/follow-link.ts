import { linkKey, writeLinkedView, type LinkedView } from '../deep-link/hash-value.js';

/**
 * The address that opens this page where the presentation is: the page's address without its
 * hash, plus the element's deep link (under its id, or `innovasjon-modell` without one, as deep
 * links write it). Without `view` (an element without deep links, which would not read one),
 * the page's address alone.
 */
export function followLink(pageAddress: string, id: string, view?: LinkedView): string {
  const page = pageAddress.split('#')[0];
  const hash = view ? writeLinkedView('', linkKey(id), view) : '';
  return hash ? `${page}#${hash}` : page;
}

/** The address as printed under the code: without `https://`, and with letters such as æ for their escapes. */
export function shortAddress(link: string): string {
  let readable = link;
  try {
    readable = decodeURI(link);
  } catch {
    // A malformed escape: shown as it is.
  }
  return readable.replace(/^https?:\/\//i, '');
}
