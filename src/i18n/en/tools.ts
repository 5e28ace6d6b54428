import type { ToolStrings } from '../strings.js';
import { tools as nbTools } from '../nb/tools.js';

/** Text of the on-demand tools in English. */
export const tools: ToolStrings = {
  panel: {
    valuesHeading: 'Three characteristics of the culture',
    close: 'Close',
    closeName: (title) => `Close “${title}”`,
    filmHeading: 'Film',
    duration: nbTools.panel.duration,
    playFrom: (host) => `Play the film from ${host}`,
    thirdPartyNote: (host) => `The film loads from ${host} only when you press the button.`,
    watchAt: (title, host) => `Watch “${title}” on ${host}`,
    transcript: 'Show the film as text',
    videoUnsupported: 'Your browser cannot play this film.',
    questionsHeading: 'Questions for reflection',
    audiences: {
      self: 'For yourself',
      team: 'For your team',
      leaders: 'For the management group',
    },
    contentError: 'The content could not be used',
    contentErrorFallback: 'Showing the default content instead.',
  },
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
    audienceLabel: 'Who are the questions for?',
    allAudiences: 'For everyone',
    print: 'Print the worksheet',
    copy: 'Copy the questions',
    copied: 'Questions copied.',
    copyFailed: 'Could not copy. Select the text and copy it yourself.',
    printedNote: 'Write your answers under each question.',
  },
  notes: {
    heading: 'Notes',
    label: (title) => `Notes on “${title}”`,
    hint: 'Your notes are kept only in this browser. Nothing is sent anywhere.',
    export: 'Download the notes',
    delete: 'Delete my notes',
    deleted: 'Notes deleted.',
    fileTitle: (modelTitle) => `Notes: ${modelTitle}`,
    fileName: 'notes.txt',
  },
};
