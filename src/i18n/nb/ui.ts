import type { UiStrings } from '../strings.js';

/** Interface text in Norwegian bokmål, the default language. */
export const nb: UiStrings = {
  diagramHint: 'Bruk piltastene for å gå mellom delene. Trykk Enter for å åpne en del.',
  coreName: (title, values) => `${title}: ${values.join(', ')}`,
  opened: (title) => `${title} er åpnet.`,
  outlineSummary: 'Vis hele modellen som tekst',
  presentButton: 'Presenter modellen',
  exportButton: 'Last ned figuren',
  loadFailed: 'En del av modellen kunne ikke lastes. Last inn siden på nytt for å prøve igjen.',
};
