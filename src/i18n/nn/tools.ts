import type { ToolStrings } from '../strings.js';
import { tools as nbTools } from '../nb/tools.js';

/** Text of the on-demand tools in Norwegian nynorsk. */
export const tools: ToolStrings = {
  panel: {
    valuesHeading: 'Tre kjenneteikn ved kulturen',
    close: 'Lukk',
    closeName: (title) => `Lukk «${title}»`,
    filmHeading: 'Film',
    duration: nbTools.panel.duration,
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
    contentError: 'Innhaldet kunne ikkje brukast',
    contentErrorFallback: 'Du ser standardinnhaldet i staden.',
  },
  presenter: {
    exit: 'Avslutt presentasjonen',
    next: 'Neste',
    previous: 'Førre',
    barLabel: 'Presentasjon',
    stepStatus: (step, total, title) => `Steg ${step} av ${total}: ${title}`,
    overview: 'Oversikt',
    questionsOf: (title) => `Spørsmål: ${title}`,
  },
  worksheet: {
    heading: 'Arbeidsark',
    audienceLabel: 'Kven er spørsmåla for?',
    allAudiences: 'For alle',
    print: 'Skriv ut arbeidsark',
    copy: 'Kopier spørsmåla',
    copied: 'Spørsmåla er kopierte.',
    copyFailed: 'Kunne ikkje kopiere. Merk teksten og kopier den sjølv.',
    printedNote: 'Skriv svara dine under kvart spørsmål.',
  },
  notes: {
    heading: 'Notat',
    label: (title) => `Notat til «${title}»`,
    hint: 'Notata blir berre lagra i denne nettlesaren. Ingenting blir sendt vidare.',
    export: 'Last ned notata',
    delete: 'Slett notata mine',
    deleted: 'Notata er sletta.',
    fileTitle: (modelTitle) => `Notat: ${modelTitle}`,
    fileName: 'notat.txt',
  },
};
