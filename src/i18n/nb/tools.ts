import type { ToolStrings } from '../strings.js';
import { languageNote } from '../language-note.js';

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
    pageLanguage: (lang) =>
      languageNote('nb', lang, { nn: 'nynorsk', en: 'engelsk' }, (name) => `(på ${name})`),
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
    blackout: 'Svart skjerm',
    blackoutNote: 'Skjermen er svart. Trykk en tast eller klikk for å vise presentasjonen igjen.',
    qr: 'QR-kode',
    qrHeading: 'Følg med på mobilen',
    qrHint: 'Skann koden med kameraet på mobilen. Da åpner du siden der vi er nå.',
    qrImage: 'QR-kode med adressen under',
    qrUnavailable: 'Adressen er for lang til en QR-kode. Skriv den inn i nettleseren på mobilen.',
    timer: 'Tidtaker',
    timerStart: 'Start',
    timerPause: 'Pause',
    timerResume: 'Fortsett',
    timerReset: 'Nullstill',
    timerClose: 'Lukk tidtakeren',
    timerLeft: (duration) => `${duration} igjen`,
    timeUp: 'Tiden er ute',
    help: 'Hjelp',
    helpHeading: 'Taster du kan bruke',
    keys: {
      next: 'Neste trinn',
      previous: 'Forrige trinn',
      first: 'Første trinn',
      last: 'Siste trinn',
      blackout: 'Gjør skjermen svart. Trykk en tast for å vise den igjen.',
      qr: 'Vis en QR-kode som åpner siden på mobilen',
      timer: 'Start tidtakeren, eller sett den på pause',
      help: 'Vis disse tastene',
      exit: 'Avslutt presentasjonen',
    },
    space: 'Mellomrom',
    shift: 'Skift',
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
  export: {
    note: 'Bildet viser figuren slik du ser den nå, med språk, farger og åpen del.',
    png: 'PNG-bilde',
    pngHint: 'Til lysbilder og dokumenter',
    svg: 'SVG-bilde',
    svgHint: 'Skarpt i alle størrelser',
    copy: 'Kopier bilde',
    copyHint: 'Lim det rett inn i et dokument',
    downloaded: (format) => `Du har lastet ned figuren som ${format}.`,
    copied: 'Du har kopiert bildet. Nå kan du lime det inn.',
    copyUnsupported: 'Nettleseren din kan ikke kopiere bilder. Last ned PNG-bildet i stedet.',
    copyFailed: 'Nettleseren ville ikke kopiere bildet. Last ned PNG-bildet i stedet.',
    failed: 'Nettleseren klarte ikke å lage bildet. Prøv igjen.',
    description: ({ title, values, practices, open }) =>
      `Figuren viser modellen «${title}». I midten står kjernen: ${values.join(', ')}. ` +
      `Rundt kjernen står fire lederpraksiser: ${practices.map((practice) => `«${practice}»`).join(', ')}.` +
      (open ? ` «${open}» er uthevet.` : ''),
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
