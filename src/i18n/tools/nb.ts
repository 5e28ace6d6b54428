import type { ToolStrings } from '../tool-strings.js';

/** Text of the on-demand tools in Norwegian bokmål. */
export const tools: ToolStrings = {
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
    audienceLabel: 'Spørsmål for',
    allAudiences: 'Alle',
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
  },
};
