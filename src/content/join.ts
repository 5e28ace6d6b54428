import type { CoreValue, ModelContent, Practice } from './types.js';

/** The part of the content the diagram draws: names, labels and the model's description. */
export interface ContentSummary {
  lang: string;
  title: string;
  description: string;
  sourceNote: string;
  core: { title: string; values: Array<Pick<CoreValue, 'id' | 'label'>> };
  practices: Array<Pick<Practice, 'id' | 'title' | 'label'>>;
}

/** The part the panel shows, in the summary's order: texts, films and questions. */
export interface ContentDetails {
  core: { body: string[]; values: string[] };
  practices: Array<Pick<Practice, 'intro' | 'body' | 'film' | 'questions'>>;
}

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
      values: summary.core.values.map((value, i) => ({ ...value, text: details?.core.values[i] ?? '' })),
    },
    practices: summary.practices.map((practice, i) => ({
      ...practice,
      ...(details?.practices[i] ?? {
        intro: '',
        body: [],
        film: { title: '', source: { kind: 'link', href: '' } },
        questions: { self: [], team: [], leaders: [] },
      }),
    })),
  };
}
