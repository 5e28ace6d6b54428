import type { UiStrings } from './ui-strings.js';
import { nb } from './nb.js';

/** Interface text in English. */
export const en: UiStrings = {
  diagramHint: 'Use the arrow keys to move between the parts. Press Enter to open a part.',
  coreName: nb.coreName,
  valuesHeading: 'Three values at the core',
  close: 'Close',
  closeName: (title) => `Close “${title}”`,
  filmHeading: 'Film',
  duration: nb.duration,
  playFrom: (host) => `Play the film from ${host}`,
  thirdPartyNote: (host) => `The film loads from ${host} only when you press the button.`,
  watchAt: (title, host) => `Watch “${title}” on ${host}`,
  transcript: 'Show the film as text',
  videoUnsupported: 'Your browser cannot play this film.',
  questionsHeading: 'Questions for reflection',
  audiences: {
    self: 'For yourself',
    team: 'For your team',
    leaders: 'For the leader group',
  },
  opened: (title) => `${title} is open.`,
  outlineSummary: 'Show the whole model as text',
  presentButton: 'Present the model',
  contentError: 'The content could not be used',
  contentErrorFallback: 'You see the default content instead.',
};
