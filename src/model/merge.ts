import type { ModelContent } from './types.js';
import { isRecord } from './is-record.js';

function hasId(value: unknown): value is Record<string, unknown> & { id: unknown } {
  return isRecord(value) && 'id' in value;
}

/** The fields that say which film a source is: its kind and its address. */
const FILM_IDENTITY = ['kind', 'href', 'src', 'videoId'];

/**
 * A film source of another kind (a file in place of a link) or with another address replaces the
 * base's; it does not mix with it: the base's link text, page language and captions belong to
 * the film the base names.
 */
function sameFilm(base: Record<string, unknown>, partial: Record<string, unknown>): boolean {
  return FILM_IDENTITY.every((field) => !(field in partial) || partial[field] === base[field]);
}

function mergeValue(base: unknown, partial: unknown): unknown {
  if (isRecord(base) && isRecord(partial) && sameFilm(base, partial)) return mergeRecords(base, partial);
  if (Array.isArray(base) && Array.isArray(partial) && partial.every(hasId) && base.every(hasId)) {
    return mergeById(base, partial);
  }
  return partial;
}

function mergeRecords(base: Record<string, unknown>, partial: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(partial)) merged[key] = mergeValue(base[key], value);
  return merged;
}

/** Items with an id merge with the base item of the same id, in the base's order; new ids follow. */
function mergeById(base: Array<{ id: unknown }>, partial: Array<{ id: unknown }>): unknown[] {
  const byId = new Map(partial.map((item) => [item.id, item]));
  const merged: unknown[] = base.map((item) => (byId.has(item.id) ? mergeValue(item, byId.get(item.id)) : item));
  const known = new Set(base.map((item) => item.id));
  return merged.concat(partial.filter((item) => !known.has(item.id)));
}

/**
 * Lays partial content (e.g. only new films, or new questions for one practice) over complete
 * content: objects merge key by key (a film source of another `kind` or address replaces the base's); lists of items with an `id` (practices, core values) merge
 * item by item; any other list or value replaces the base's. The result is checked afterwards,
 * so whatever the partial content gets wrong is reported with its path.
 */
export function mergeContent(base: ModelContent, partial: unknown): unknown {
  return isRecord(partial) ? mergeRecords(base as unknown as Record<string, unknown>, partial) : partial;
}
