import { CORE_ID, isPartId, type PartId } from '../../model/types.js';

/** What a deep link names: a part ('' for none), and whether its questions step. */
export interface LinkedView {
  part: PartId | '';
  questions: boolean;
}

/** The hash key of an element without an id, so such an element still has deep links of its own. */
const DEFAULT_KEY = 'innovasjon-modell';

/** The key an element's view is written under in the hash: its id, else `innovasjon-modell`. */
export function linkKey(id: string): string {
  return id || DEFAULT_KEY;
}

/** Suffix of a practice's questions step in presenter mode: `#…=tillit-og-risikovilje/sporsmal`. */
const QUESTIONS_SUFFIX = 'sporsmal';
/** Longer hashes are not ours (no deep link is near this long) and are not read at all. */
export const MAX_HASH_LENGTH = 2000;

/** `kjerne`, `tillit-og-risikovilje/sporsmal`, or '' for none; undefined for anything else. */
function parseValue(value: string): LinkedView | undefined {
  if (value === '') return { part: '', questions: false };
  const [id, suffix, ...rest] = value.split('/');
  if (!isPartId(id) || rest.length || (suffix !== undefined && suffix !== QUESTIONS_SUFFIX)) return undefined;
  return { part: id, questions: suffix === QUESTIONS_SUFFIX && id !== CORE_ID };
}

/**
 * Whether the hash is in the form deep links write, `key=value&key=value`, so a key of our own
 * can be set in it without harm to the others. Anything else (a page's own anchor such as
 * `#kontakt`, or a bare part id) is another kind of hash.
 */
function isParamsHash(hash: string): boolean {
  return hash.includes('=') && hash.length <= MAX_HASH_LENGTH;
}

/**
 * What the hash (without its `#`) names for the element whose key is `key`. Undefined when the
 * hash says nothing of it: another element's key only, a page's own anchor, bad escapes, or an
 * overlong hash. Never throws. Values are decoded once, by URLSearchParams, so `%26` in a value
 * stays a character rather than becoming a separator.
 */
export function readLinkedView(hash: string, key: string): LinkedView | undefined {
  if (!hash || hash.length > MAX_HASH_LENGTH) return undefined;
  if (isParamsHash(hash)) {
    const value = new URLSearchParams(hash).get(key);
    return value === null ? undefined : parseValue(value);
  }
  // A bare part id, for hand-written links (`#tillit-og-risikovilje`); read by every element.
  let bare: string;
  try {
    bare = decodeURIComponent(hash);
  } catch {
    return undefined;
  }
  return bare ? parseValue(bare) : undefined;
}

/**
 * The hash (without `#`) with the element's view written under its key; '' when nothing is left.
 * Returns undefined when the hash should be left as it is: it is another kind of hash (the page's
 * own anchor) and there is nothing open to write over it.
 */
export function writeLinkedView(hash: string, key: string, view: LinkedView): string | undefined {
  const value = view.part ? (view.questions ? `${view.part}/${QUESTIONS_SUFFIX}` : view.part) : '';
  const params = new URLSearchParams(isParamsHash(hash) ? hash : '');
  if (!isParamsHash(hash) && hash && !value) {
    // A bare part id that named this view is ours to clear; a page's anchor is not.
    return readLinkedView(hash, key)?.part ? '' : undefined;
  }
  if (value) params.set(key, value);
  else params.delete(key);
  return params.toString();
}
