import type { ToolStrings } from '../strings.js';

/** Text of the on-demand tools in Norwegian bokmål. */
export const tools: ToolStrings = {
  panel: {
    valuesHeading: 'Tre kjennetegn ved kulturen',
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
    contentError: 'Innholdet kunne ikke brukes',
    contentErrorFallback: 'Du ser standardinnholdet i stedet.',
  },
  presenter: {
    exit: 'Avslutt presentasjonen',
    next: 'Neste',
    previous: 'Forrige',
    barLabel: 'Presentasjon',
    stepStatus: (step, total, title) => `Trinn ${step} av ${total}: ${title}`,
    overview: 'Oversikt',
    questionsOf: (title) => `Spørsmål: ${title}`,
  },
  worksheet: {
    heading: 'Arbeidsark',
    audienceLabel: 'Hvem er spørsmålene for?',
    allAudiences: 'For alle',
    print: 'Skriv ut arbeidsark',
    copy: 'Kopier spørsmålene',
    copied: 'Spørsmålene er kopiert.',
    copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier den selv.',
    printedNote: 'Skriv svarene dine under hvert spørsmål.',
  },
  notes: {
    heading: 'Notater',
    label: (title) => `Notater til «${title}»`,
    hint: 'Notatene lagres bare i denne nettleseren. Ingenting sendes videre.',
    export: 'Last ned notatene',
    delete: 'Slett notatene mine',
    deleted: 'Notatene er slettet.',
    fileTitle: (modelTitle) => `Notater: ${modelTitle}`,
    fileName: 'notater.txt',
  },
};
