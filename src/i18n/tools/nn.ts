import type { ToolStrings } from '../tool-strings.js';

/** Text of the on-demand tools in Norwegian nynorsk. */
export const tools: ToolStrings = {
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
    audienceLabel: 'Spørsmål for',
    allAudiences: 'Alle',
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
  },
};
