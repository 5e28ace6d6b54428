/**
 * Readability (LIX) of the model's content: pure functions, no DOM.
 *
 * LIX = words / sentences + 100 × long words / words.
 * A word is a run of letters (any script, digits excluded); a long word has
 * more than six letters. A sentence ends at `.`, `!`, `?`, `:` or at the end
 * of a paragraph (a blank line, or the end of one string in an array).
 * A score of 40 or lower counts as easy to read.
 */
import { isLinkSource, type ModelContent, type Practice } from './types.js';
import { labelText } from './label-text.js';

/** Result of {@link lix}. */
export interface LixResult {
  /** Number of words. */
  words: number;
  /** Number of sentences (questions count as sentences). */
  sentences: number;
  /** Number of words with more than six letters. */
  longWords: number;
  /** The LIX score, rounded to one decimal. */
  score: number;
}

const WORD = /\p{L}+/gu;
const SENTENCE_END = /[.!?:]+/u;
const PARAGRAPH_BREAK = /\n\s*\n/u;

function countWords(text: string): { words: number; longWords: number } {
  let words = 0;
  let longWords = 0;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    if ([...match[0]].length > 6) longWords += 1;
  }
  return { words, longWords };
}

function countSentences(paragraph: string): number {
  // Each piece between sentence marks that holds a word is one sentence;
  // this also closes a paragraph that does not end with punctuation.
  return paragraph.split(SENTENCE_END).filter((piece) => /\p{L}/u.test(piece)).length;
}

/**
 * Computes the LIX readability score of a text.
 * @param text One text (paragraphs separated by blank lines) or a list of
 *   texts, each of which ends a sentence.
 */
export function lix(text: string | readonly string[]): LixResult {
  const paragraphs = (typeof text === 'string' ? [text] : text).flatMap((part) =>
    part.split(PARAGRAPH_BREAK),
  );
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const paragraph of paragraphs) {
    const counts = countWords(paragraph);
    words += counts.words;
    longWords += counts.longWords;
    sentences += countSentences(paragraph);
  }
  const raw = words === 0 ? 0 : words / Math.max(sentences, 1) + (100 * longWords) / words;
  return { words, sentences, longWords, score: Math.round(raw * 10) / 10 };
}

/**
 * Every human-readable string of one practice: title, label (when it differs
 * from the title), intro, body, film title, link text and transcript, and all questions.
 */
export function practiceText(practice: Practice): string[] {
  return [
    practice.title,
    ...(labelText(practice.label) === practice.title ? [] : [labelText(practice.label)]),
    practice.intro,
    ...practice.body,
    practice.film.title,
    ...(isLinkSource(practice.film.source) && practice.film.source.label ? [practice.film.source.label] : []),
    ...(practice.film.transcript ?? []),
    ...practice.questions.self,
    ...practice.questions.team,
    ...practice.questions.leaders,
  ];
}

/**
 * Every human-readable string of the content: the model's title, description
 * and source note, the core (title, body, value labels and texts) and all
 * practices (see {@link practiceText}).
 */
export function contentText(content: ModelContent): string[] {
  return [
    content.title,
    content.description,
    content.sourceNote,
    content.core.title,
    ...content.core.body,
    ...content.core.values.flatMap((value) => [value.label, value.text]),
    ...content.practices.flatMap(practiceText),
  ];
}
