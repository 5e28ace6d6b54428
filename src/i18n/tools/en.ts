import type { ToolStrings } from '../tool-strings.js';

/** Text of the on-demand tools in English. */
export const tools: ToolStrings = {
  presenter: {
    exit: 'End the presentation',
    next: 'Next',
    previous: 'Previous',
    barLabel: 'Presentation',
    stepStatus: (step, total, title) => `Step ${step} of ${total}: ${title}`,
    overview: 'Overview',
    questionsOf: (title) => `Questions: ${title}`,
  },
  worksheet: {
    heading: 'Worksheet',
    audienceLabel: 'Questions for',
    allAudiences: 'Everyone',
    print: 'Print the worksheet',
    copy: 'Copy the questions',
    copied: 'The questions are copied.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    printedNote: 'Write your answers under each question.',
  },
  notes: {
    heading: 'Notes',
    label: (title) => `Notes on “${title}”`,
    hint: 'Your notes are kept only in this browser. Nothing is sent anywhere.',
    export: 'Download the notes',
    delete: 'Delete my notes',
    deleted: 'Your notes are deleted.',
    fileTitle: (modelTitle) => `Notes: ${modelTitle}`,
  },
};
