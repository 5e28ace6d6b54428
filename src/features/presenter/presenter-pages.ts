import type { Piece } from '../../model/part-pieces.js';

/** Whether these pieces, drawn together as one page, fit the screen. */
export type Fits = (keys: readonly string[]) => Promise<boolean>;

/** Pieces that belong together: a part, a section of it, an audience's questions, or one piece. */
interface Block {
  keys: string[];
  /** What the block falls into when it does not fit; none for a single piece. */
  children?: Block[];
}

/** Runs of neighbouring items that share a value (a section, an audience). */
function runs<T>(items: readonly T[], by: (item: T) => string | undefined): T[][] {
  const result: T[][] = [];
  for (const item of items) {
    const last = result.at(-1);
    if (last && by(last[0]) === by(item)) last.push(item);
    else result.push([item]);
  }
  return result;
}

/** A block of pieces, split by `levels` (one function for each level below it). */
function blockOf(pieces: readonly Piece[], levels: ReadonlyArray<(piece: Piece) => string | undefined>): Block {
  const keys = pieces.map((piece) => piece.key);
  if (pieces.length === 1) return { keys };
  const [by, ...below] = levels;
  const groups = by ? runs(pieces, by) : pieces.map((piece) => [piece]);
  // A level that does not split (one section, say) is skipped.
  if (groups.length === 1) return blockOf(pieces, below);
  return { keys, children: groups.map((group) => blockOf(group, below)) };
}

/**
 * Lays a block out on as few pages as its structure allows: the whole block when it fits;
 * else its children, neighbours that fit whole sharing a page when they fit together, and a
 * child that does not fit whole laid out the same way on pages of its own. A single piece
 * taller than the screen gets a page of its own.
 */
async function layOut(block: Block, fits: Fits): Promise<string[][]> {
  if (!block.children || (await fits(block.keys))) return [block.keys];
  const pages: string[][] = [];
  let shared: string[] | undefined;
  for (const child of block.children) {
    if (await fits(child.keys)) {
      const joined = shared && [...shared, ...child.keys];
      if (joined && (await fits(joined))) {
        shared = joined;
        continue;
      }
      if (shared) pages.push(shared);
      shared = child.keys;
    } else {
      if (shared) pages.push(shared);
      shared = undefined;
      pages.push(...(await layOut(child, fits)));
    }
  }
  if (shared) pages.push(shared);
  return block.children.every((child) => !child.children) ? balance(pages, fits) : pages;
}

/**
 * Pieces of one kind (paragraphs, or one audience's questions) over as many pages as filling
 * each in turn took, but shared out evenly where that fits too: 2 and 2 questions rather than
 * 3 and a lonely 1.
 */
async function balance(pages: string[][], fits: Fits): Promise<string[][]> {
  if (pages.length < 2) return pages;
  const keys = pages.flat();
  const even: string[][] = [];
  for (let page = 0, start = 0; page < pages.length; page++) {
    const end = start + Math.ceil((keys.length - start) / (pages.length - page));
    even.push(keys.slice(start, end));
    start = end;
  }
  for (const page of even) if (!(await fits(page))) return pages;
  return even;
}

/**
 * The pages a part's pieces fill in presenter mode, each a list of piece keys in reading order.
 * One page when all fits; otherwise the part splits by its sections (the text, the film, the
 * questions), the questions by audience, and text and questions by paragraph and by question,
 * but only as far as needed. Text is never made smaller to fit.
 */
export function paginate(pieces: readonly Piece[], fits: Fits): Promise<string[][]> {
  if (!pieces.length) return Promise.resolve([[]]);
  return layOut(blockOf(pieces, [(piece) => piece.section, (piece) => piece.group]), fits);
}
