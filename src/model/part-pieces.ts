import { AUDIENCES, type Audience, type CultureCore, type Practice } from './types.js';

/** Where a piece belongs in a part's panel: its running text, the core's values, the film, the questions. */
export type PieceSection = 'text' | 'values' | 'film' | 'questions';

/**
 * The smallest block of a part's panel that presenter mode can put on a page: a paragraph, one of
 * the core's values, the film, or one question. `key` names it in a page (`ReadonlySet<string>`);
 * `group` is the audience of a question, so the questions of one audience can stay together.
 */
export interface Piece {
  key: string;
  section: PieceSection;
  group?: Audience;
}

export const INTRO_KEY = 'intro';
export const FILM_KEY = 'film';
export const bodyKey = (index: number): string => `body:${index}`;
export const valueKey = (index: number): string => `value:${index}`;
export const questionKey = (audience: Audience, index: number): string => `question:${audience}:${index}`;
export const isQuestionKey = (key: string): boolean => key.startsWith('question:');

function isCore(part: CultureCore | Practice): part is CultureCore {
  return 'values' in part;
}

/**
 * A part's pieces in reading order: the core's paragraphs and values; a practice's intro,
 * paragraphs, film and questions, or only its questions (`questionsOnly`, a presenter's questions step).
 */
export function partPieces(part: CultureCore | Practice, questionsOnly = false): Piece[] {
  const text = (key: string): Piece => ({ key, section: 'text' });
  if (isCore(part)) {
    return [
      ...part.body.map((_, index) => text(bodyKey(index))),
      ...part.values.map((_, index): Piece => ({ key: valueKey(index), section: 'values' })),
    ];
  }
  const questions = AUDIENCES.flatMap((audience) =>
    part.questions[audience].map((_, index): Piece => ({ key: questionKey(audience, index), section: 'questions', group: audience })),
  );
  if (questionsOnly) return questions;
  return [
    text(INTRO_KEY),
    ...part.body.map((_, index) => text(bodyKey(index))),
    { key: FILM_KEY, section: 'film' },
    ...questions,
  ];
}
