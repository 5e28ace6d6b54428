/**
 * Balanced line breaking for the diagram's labels: pure, no DOM, and polynomial in the number of
 * words (dynamic programming over words × lines), so no label the validator accepts can freeze
 * the page.
 */

/** At most this many lines: a label in more reads as a paragraph, not a name. */
export const MAX_LABEL_LINES = 5;
/** A line that is a lone word this short («og», «til») reads as a stray; avoided where possible. */
const SHORT_WORD = 3;
/** Lines read as one block when the shortest is at least this share of the longest. */
const BALANCE = 1 / 3;

function isStrayLine(line: string): boolean {
  return !/\s/.test(line.trim()) && [...line.trim()].length <= SHORT_WORD;
}

/** Lines of these widths read as one block: none under a third of the longest. */
function evenEnough(widths: readonly number[]): boolean {
  return Math.min(...widths) >= Math.max(...widths) * BALANCE;
}

/** Lines that read well together: no lone short word on a line, and no line under a third of the longest. */
export function readsWell(lines: readonly string[], width: (text: string) => number): boolean {
  return lines.length < 2 || (!lines.some(isStrayLine) && evenEnough(lines.map(width)));
}

/** The cost of a breaking of the first words into lines, and where its last line starts. */
interface Cost {
  /** Lines that are a lone short word. */
  strays: number;
  /** The widest line. */
  widest: number;
  /** Sum of squared line widths: lower when lines are even. */
  evenness: number;
  /** The word the last line starts with. */
  from: number;
}

function better(a: Cost, b: Cost): boolean {
  if (a.strays !== b.strays) return a.strays < b.strays;
  if (Math.abs(a.widest - b.widest) > 1e-9) return a.widest < b.widest;
  return a.evenness < b.evenness;
}

/**
 * For each number of lines from 1 up to `maxLines` (and the number of words), fewest lines
 * first, the most balanced breaking of `words` into that many lines: fewest lines that are a
 * lone short word, then the narrowest widest line, then the most even lines; breakings with a
 * line under a third of the longest are dropped while others are left (as the programme keeps
 * one best start per line, the evenness is a tie-break, not an exact optimum). Widths here add
 * up from each word's and the space's width (`width` measures a text at 1 px); the fit search
 * measures whole lines.
 */
export function balancedBreaks(words: readonly string[], width: (text: string) => number, maxLines = MAX_LABEL_LINES): string[][] {
  const n = words.length;
  if (n === 0) return [['']];
  const space = width(' ');
  // prefix[i]: the width of words[0..i) with one space after each.
  const prefix = [0];
  for (const word of words) prefix.push(prefix[prefix.length - 1] + width(word) + space);
  const lineWidth = (from: number, to: number) => prefix[to] - prefix[from] - space;
  const isStray = (from: number, to: number) => to - from === 1 && isStrayLine(words[from]);

  const most = Math.min(maxLines, n);
  // best[k][j]: the best cost of breaking words[0..j) into k lines.
  const best: Array<Array<Cost | undefined>> = [[{ strays: 0, widest: 0, evenness: 0, from: 0 }]];
  for (let k = 1; k <= most; k++) {
    const row: Array<Cost | undefined> = [];
    for (let j = k; j <= n; j++) {
      for (let i = k - 1; i < j; i++) {
        const before = best[k - 1][i];
        if (!before) continue;
        const w = lineWidth(i, j);
        const cost: Cost = {
          strays: before.strays + (isStray(i, j) ? 1 : 0),
          widest: Math.max(before.widest, w),
          evenness: before.evenness + w * w,
          from: i,
        };
        const current = row[j];
        if (!current || better(cost, current)) row[j] = cost;
      }
    }
    best.push(row);
  }

  // Breakings with a stray line are kept only when every breaking has one.
  const fewestStrays = Math.min(...best.slice(1).map((row) => row[n]!.strays));
  const results: Array<{ lines: string[]; balanced: boolean }> = [];
  for (let k = 1; k <= most; k++) {
    if (best[k][n]!.strays > fewestStrays) continue;
    const lines: string[] = [];
    const widths: number[] = [];
    let end = n;
    for (let line = k; line > 0; line--) {
      const from = best[line][end]!.from;
      lines.unshift(words.slice(from, end).join(' '));
      widths.push(lineWidth(from, end));
      end = from;
    }
    results.push({ lines, balanced: evenEnough(widths) });
  }
  // Ragged breakings (a line under a third of the longest) only where nothing else is left.
  const balanced = results.filter((result) => result.balanced);
  return (balanced.length ? balanced : results).map((result) => result.lines);
}
