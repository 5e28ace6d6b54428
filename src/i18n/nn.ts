import type { UiStrings } from './ui-strings.js';
import { nb } from './nb.js';

/** Interface text in Norwegian nynorsk. */
export const nn: UiStrings = {
  diagramHint: 'Bruk piltastane for å gå mellom delane. Trykk Enter for å opne ein del.',
  coreName: nb.coreName,
  opened: (title) => `${title} er opna.`,
  outlineSummary: 'Vis heile modellen som tekst',
  presentButton: 'Presenter modellen',
};
