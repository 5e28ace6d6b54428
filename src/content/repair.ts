import type { ContentProblem } from './validate.js';
import type { ModelContent } from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Replaces each part of broken content that has a problem with the same part of the base
 * content, so the valid parts still render: a broken practice gives way to the base practice
 * with its id (or in its place), a broken core to the base core, a broken top-level text to the
 * base text. Parts without problems are kept as the page gave them.
 */
export function repairContent(input: unknown, problems: readonly ContentProblem[], base: ModelContent): unknown {
  if (!isRecord(input)) return base;
  const repaired: Record<string, unknown> = { ...input };
  const practices = Array.isArray(input.practices) ? [...input.practices] : undefined;
  for (const { path } of problems) {
    const practice = /^practices\[(\d+)\]/.exec(path);
    const key = path.split(/[.[]/)[0];
    if (practice && practices) {
      const index = Number(practice[1]);
      const id = isRecord(practices[index]) ? practices[index].id : undefined;
      practices[index] = base.practices.find((p) => p.id === id) ?? base.practices[index];
    } else if (key in base) {
      repaired[key] = base[key as keyof ModelContent];
    }
  }
  if (practices) repaired.practices = practices;
  return repaired;
}
