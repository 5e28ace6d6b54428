import type { UiStrings } from '../strings.js';
import { nb } from '../nb/ui.js';

/** Interface text in English. */
export const en: UiStrings = {
  diagramHint: 'Use the arrow keys to move between the parts. Press Enter to open a part.',
  coreName: nb.coreName,
  opened: (title) => `${title} is open.`,
  outlineSummary: 'Show the whole model as text',
  presentButton: 'Present the model',
  exportButton: 'Download the figure',
  loadFailed: 'Part of the model could not be loaded. Reload the page to try again.',
};
