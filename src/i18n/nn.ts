import type { UiStrings } from './ui-strings.js';
import { nb } from './nb.js';

/** Interface text in Norwegian nynorsk. */
export const nn: UiStrings = {
  diagramHint: 'Bruk piltastane for å gå mellom delane. Trykk Enter for å opne ein del.',
  coreName: nb.coreName,
  valuesHeading: 'Tre verdiar i kjernen',
  close: 'Lukk',
  closeName: (title) => `Lukk «${title}»`,
  filmHeading: 'Film',
  duration: nb.duration,
  playFrom: (host) => `Spel av filmen frå ${host}`,
  thirdPartyNote: (host) => `Filmen blir lasta frå ${host} først når du trykkjer på knappen.`,
  watchAt: (title, host) => `Sjå «${title}» på ${host}`,
  transcript: 'Vis tekstversjon av filmen',
  videoUnsupported: 'Nettlesaren din kan ikkje spele av denne filmen.',
  questionsHeading: 'Spørsmål til refleksjon',
  audiences: {
    self: 'For deg sjølv',
    team: 'For teamet',
    leaders: 'For leiargruppa',
  },
  opened: (title) => `${title} er opna.`,
  outlineSummary: 'Vis heile modellen som tekst',
  presentButton: 'Presenter modellen',
  contentError: 'Innhaldet kunne ikkje brukast',
  contentErrorFallback: 'Du ser standardinnhaldet i staden.',
};
