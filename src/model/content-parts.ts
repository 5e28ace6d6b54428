import type { CoreValue, ModelContent, Practice, PracticeId } from './types.js';

/** The part of the content the diagram draws: names, labels and the model's description. */
export interface ContentSummary {
  lang: string;
  title: string;
  description: string;
  sourceNote: string;
  core: { title: string; values: Array<Pick<CoreValue, 'id' | 'label'>> };
  practices: Array<Pick<Practice, 'id' | 'title' | 'label'>>;
}

/**
 * The part the panel shows: texts, films and questions, keyed by the ids of the summary's core
 * values and practices, so the two files can be edited and reordered apart.
 */
export interface ContentDetails {
  core: { body: string[]; values: Record<string, string> };
  practices: Record<PracticeId, Pick<Practice, 'intro' | 'body' | 'film' | 'questions'>>;
}

const NO_DETAILS: ContentDetails['practices'][PracticeId] = {
  intro: '',
  body: [],
  film: { title: '', source: { kind: 'link', href: '' } },
  questions: { self: [], team: [], leaders: [] },
};

/**
 * Complete content from its two parts. Without details the texts are empty: enough to draw the
 * diagram while the details load, never enough to open a part.
 */
export function joinContent(summary: ContentSummary, details?: ContentDetails): ModelContent {
  return {
    ...summary,
    core: {
      title: summary.core.title,
      body: details?.core.body ?? [],
      values: summary.core.values.map((value) => ({ ...value, text: details?.core.values[value.id] ?? '' })),
    },
    practices: summary.practices.map((practice) => ({
      ...practice,
      ...(details?.practices[practice.id] ?? NO_DETAILS),
    })),
  };
}
