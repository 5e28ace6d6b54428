import type { ModelContent } from '../../model/types.js';
import { mergeContent } from '../../model/merge.js';
import { repairContent } from '../../model/repair.js';
import { formatProblems, validateContent } from '../../model/validate.js';

export interface ContentCheck {
  /** The content, when it can be used. */
  valid?: ModelContent;
  /** One readable line per problem, `path: expected …, found …`. */
  problems: string[];
}

/**
 * Checks an embedder's content and reports what is wrong in the console: problems as one
 * error, missing captions and the like as warnings. Broken content is repaired part by part
 * from `base`, so what is valid still renders. Loaded as a chunk of its own, only by
 * pages that set `content`.
 */
export function checkContent(content: unknown, base: ModelContent, prefix: string): ContentCheck {
  const result = validateContent(content);
  for (const line of formatProblems(result.warnings)) console.warn(`${prefix}${line}`);
  if (result.ok) return { valid: result.content, problems: [] };
  const problems = formatProblems(result.problems);
  console.error(`${prefix}the content is not valid:\n${problems.join('\n')}`);
  // The parts without problems still render; the broken ones give way to the built-in ones.
  const repaired = validateContent(repairContent(content, result.problems, base));
  return { valid: repaired.ok ? repaired.content : undefined, problems };
}

/** Where content comes from, in the order the element prefers them. */
export interface ContentRequest {
  /** The `content` property: complete content, used as it is. */
  content?: unknown;
  /** The `src` attribute: a JSON file, laid over the built-in content. */
  src?: string;
  /** The text of a child `<script type="application/json">`, laid over the built-in content. */
  inline?: string;
  /** The built-in content of the element's language. */
  base: ModelContent;
  signal: AbortSignal;
}

async function fetchJson(src: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(src, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`src: could not load "${src}" (${(error as Error).message})`, { cause: error });
  }
  if (!response.ok) throw new Error(`src: could not load "${src}" (HTTP ${response.status})`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`src: "${src}" is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`<script type="application/json">: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/**
 * Gets the content the page asks for and checks it. A file that cannot be fetched or read is
 * one problem in the result (and the console); an aborted request (a newer `src`) rejects, so
 * nothing stale is ever shown.
 */
export async function resolveContent(request: ContentRequest, prefix: string): Promise<ContentCheck> {
  if (request.content !== undefined) return checkContent(request.content, request.base, prefix);
  let partial: unknown;
  try {
    partial = request.src ? await fetchJson(request.src, request.signal) : parseInline(request.inline ?? '');
  } catch (error) {
    if (request.signal.aborted) throw error;
    const problem = (error as Error).message;
    console.error(`${prefix}${problem}`);
    return { problems: [problem] };
  }
  if (request.signal.aborted) throw new DOMException('replaced by a newer request', 'AbortError');
  return checkContent(mergeContent(request.base, partial), request.base, prefix);
}
