import type { UiStrings } from './ui-strings.js';

/** Interface text in Norwegian bokmål, the default language. */
export const nb: UiStrings = {
  diagramHint: 'Bruk piltastene for å gå mellom delene. Trykk Enter for å åpne en del.',
  coreName: (title, values) => `${title}: ${values.join(', ')}`,
  valuesHeading: 'Tre verdier i kjernen',
  close: 'Lukk',
  closeName: (title) => `Lukk «${title}»`,
  filmHeading: 'Film',
  duration: (seconds) => {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return [minutes ? `${minutes} min` : '', rest ? `${rest} s` : ''].filter(Boolean).join(' ');
  },
  playFrom: (host) => `Spill av filmen fra ${host}`,
  thirdPartyNote: (host) => `Filmen lastes fra ${host} først når du trykker på knappen.`,
  watchAt: (title, host) => `Se «${title}» på ${host}`,
  transcript: 'Vis tekstversjon av filmen',
  videoUnsupported: 'Nettleseren din kan ikke spille av denne filmen.',
  questionsHeading: 'Spørsmål til refleksjon',
  audiences: {
    self: 'For deg selv',
    team: 'For teamet',
    leaders: 'For ledergruppen',
  },
  opened: (title) => `${title} er åpnet.`,
  outlineSummary: 'Vis hele modellen som tekst',
  presentButton: 'Presenter modellen',
  contentError: 'Innholdet kunne ikke brukes',
  contentErrorFallback: 'Du ser standardinnholdet i stedet.',
};
