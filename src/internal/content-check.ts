import { css, html } from 'lit';
import type { ModelContent } from '../content/types.js';
import type { PanelStrings } from '../i18n/tool-strings.js';
import { formatProblems, validateContent } from '../content/validate.js';

export interface ContentCheck {
  /** The content, when it can be used. */
  valid?: ModelContent;
  /** One readable line per problem, `path: expected …, found …`. */
  problems: string[];
}

/**
 * Checks an embedder's content and reports what is wrong in the console: problems as one
 * error, missing captions and the like as warnings. Loaded as a chunk of its own, only by
 * pages that set `content`.
 */
export function checkContent(content: unknown, tag: string): ContentCheck {
  const result = validateContent(content);
  for (const line of formatProblems(result.warnings)) console.warn(`<${tag}>: ${line}`);
  if (result.ok) return { valid: result.content, problems: [] };
  const problems = formatProblems(result.problems);
  console.error(`<${tag}>: the content is not valid:\n${problems.join('\n')}`);
  return { problems };
}

/** The problems as a readable message in the element, above the (built-in) model. */
export function renderProblems(problems: string[], strings: PanelStrings) {
  return html`<div class="problems" part="error" role="alert">
    <p><strong>${strings.contentError}.</strong> ${strings.contentErrorFallback}</p>
    <ul>
      ${problems.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}

/** Styles of the problems message, adopted by the element when this chunk arrives. */
export const problemsStyles = css`
  .problems {
    margin-bottom: 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid #b3261e;
    border-radius: var(--im-radius);
    background: #fdecea;
    color: #5f1410;
    overflow-wrap: anywhere;
  }
  .problems p {
    margin: 0;
  }
  .problems ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }

`;
