import type { ContentProblem } from './validate.js';
import { isRecord } from './is-record.js';
import { PRACTICE_IDS, type ModelContent, type Practice } from './types.js';

/** The top-level field a problem's path is in: `practices[2].film` → `practices`. */
function fieldOf(path: string): string {
  return path.split(/[.[]/)[0];
}

/** The practices to show: each valid one the page gave, in its place, and the base's for the rest. */
function repairPractices(input: unknown, problems: readonly ContentProblem[], base: readonly Practice[]): unknown[] {
  if (!Array.isArray(input)) return [...base];
  const broken = new Set<number>();
  for (const { path } of problems) {
    const index = /^practices\[(\d+)\]/.exec(path);
    if (index) broken.add(Number(index[1]));
  }
  const known = new Set<unknown>(PRACTICE_IDS);
  const used = new Set<unknown>();
  // A valid practice keeps its place; a broken one, or a second with the same id, leaves a gap.
  const kept: Array<unknown | undefined> = input.map((item, index) => {
    const id = isRecord(item) ? item.id : undefined;
    if (broken.has(index) || !known.has(id) || used.has(id)) return undefined;
    used.add(id);
    return item;
  });
  // Too many: the gaps go (at most one valid practice per known id is kept, so enough are gaps).
  while (kept.length > base.length) kept.splice(kept.lastIndexOf(undefined), 1);
  // Gaps are filled with the base's practices the page did not give: a broken practice with a
  // known id by the base practice with that id, the others in the base's order.
  const wanting = base.filter((practice) => !used.has(practice.id));
  const take = (id?: unknown) => {
    const index = Math.max(0, wanting.findIndex((practice) => practice.id === id));
    return wanting.splice(index, 1)[0];
  };
  const repaired = kept.map((item, index) => item ?? take(isRecord(input[index]) ? input[index].id : undefined));
  while (repaired.length < base.length) repaired.push(take());
  return repaired;
}

/**
 * Replaces each part of broken content that has a problem with the same part of the base
 * content, so every valid part still renders: a broken practice gives way to the base practice
 * with its id (or in its place), a list of practices of the wrong length is cut or filled up, a
 * second practice with an id already used gives way to one the page left out, a broken core to the
 * base core, a broken top-level text to the base text; fields of no known name are dropped.
 * Parts without problems are kept as the page gave them.
 */
export function repairContent(input: unknown, problems: readonly ContentProblem[], base: ModelContent): unknown {
  if (!isRecord(input)) return base;
  const brokenFields = new Set(problems.map(({ path }) => fieldOf(path)));
  const repaired: Record<string, unknown> = {};
  if ('$schema' in input) repaired.$schema = input.$schema;
  for (const key of Object.keys(base) as Array<keyof ModelContent>) {
    if (key === 'practices') repaired.practices = repairPractices(input.practices, problems, base.practices);
    else repaired[key] = brokenFields.has(key) || !(key in input) ? base[key] : input[key];
  }
  return repaired;
}
