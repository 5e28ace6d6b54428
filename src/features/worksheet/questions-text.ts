import { AUDIENCES, type Audience, type Practice } from '../../model/types.js';
import type { ToolStrings } from '../../i18n/strings.js';

/** Which questions a worksheet holds: one audience's, or all of them. */
export type WorksheetAudience = Audience | 'all';

/** The audiences a worksheet shows, in order. */
export function audiencesOf(choice: WorksheetAudience): readonly Audience[] {
  return choice === 'all' ? AUDIENCES : [choice];
}

/** A practice's questions as plain text, numbered under each audience's heading. */
export function questionsAsText(practice: Practice, choice: WorksheetAudience, tools: ToolStrings): string {
  const blocks = audiencesOf(choice).map((audience) =>
    [
      tools.panel.audiences[audience],
      ...practice.questions[audience].map((question, index) => `${index + 1}. ${question}`),
    ].join('\n'),
  );
  return `${practice.title}\n\n${blocks.join('\n\n')}\n`;
}
