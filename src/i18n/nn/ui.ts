import type { UiStrings } from '../strings.js';
import { nb } from '../nb/ui.js';

/** Interface text in Norwegian nynorsk. */
export const nn: UiStrings = {
  diagramHint: 'Bruk piltastane for å gå mellom delane. Trykk Enter for å opne ein del.',
  coreName: nb.coreName,
  opened: (title) => `${title} er opna.`,
  outlineSummary: 'Vis heile modellen som tekst',
  presentButton: 'Presenter modellen',
  exportButton: 'Last ned figuren',
  loadFailed: 'Ein del av modellen kunne ikkje lastast. Last inn sida på nytt for å prøve igjen.',
};
