/**
 * Bokmål content, the part the panel shows: the texts, the films and the reflection questions,
 * keyed by the ids of `nbSummary`, never by position. A chunk of its own, fetched when the viewer
 * points at the model or moves focus into it, or when a part, the text version or presenter mode
 * is shown.
 * Written in plain language (LIX ≤ 40).
 */
import type { ContentDetails } from '../../model/content-parts.js';
import type { LinkFilmSource } from '../../model/types.js';
import { DFO_FILM_PAGE } from '../dfo-film-page.js';

/**
 * The built-in films link to DFØ's page about the model, which lists all four. Each film gets a
 * copy: a copy of the content (`structuredClone`) may then change one film without the others.
 */
const FILM_SOURCE: LinkFilmSource = {
  kind: 'link',
  ...DFO_FILM_PAGE,
  label: 'Finn filmen på DFØs side om modellen',
};

export const nbDetails: ContentDetails = {
  core: {
    body: [
      'Nye løsninger kommer sjelden av en plan alene. De kommer når folk tør å spørre, prøve og si fra. Det er kulturen som avgjør om det skjer.',
      'Derfor står kulturen i midten av modellen. Den er preget av nysgjerrighet, mot og åpenhet. De fire praksisene rundt viser hva du kan gjøre som leder for å styrke den.',
      'Kultur er ikke noe du kan vedta. Den vokser av det du og kollegene dine gjør hver dag. Det dere kan øve på, er de fire praksisene. Over tid former de kulturen.',
    ],
    values: {
      nysgjerrighet: 'Du spør hvorfor vi gjør som vi gjør, og vil forstå hva brukerne trenger. Du leter etter gode ideer, også utenfor din egen enhet.',
      mot: 'Du tør å prøve noe nytt, selv om du ikke vet hvordan det går. Du sier fra når noe ikke virker.',
      apenhet: 'Du deler det du vet, også det som gikk galt. Du lytter til andre fag, til brukerne og til dem som er uenige.',
    },
  },
  practices: {
    'muligheter-og-retning': {
      intro: 'Som leder skal du hjelpe folk til å se hva som er mulig. Samtidig må du vise hvor dere skal. Da vet alle hva de kan prøve, og hvorfor.',
      body: [
        'Start med brukerne. Hva strever folk med når de møter dere? Et skjema som ingen forstår, eller en kø som aldri blir kortere, er et godt sted å starte.',
        'Løft blikket fra saken du har på bordet i dag. Spør hvordan det dere lager nå, vil virke om fem år. Tenk også på hvem andre det berører.',
        'Gi en tydelig retning, men ikke en ferdig oppskrift. Si hva dere vil oppnå, og la teamet finne veien. Målet «svar innen to uker» sier mer enn «bli mer digitale».',
        'Gjenta retningen ofte, og knytt den til det folk gjør nå. Kommer noen med en idé, kan dere sammen se om den tar dere nærmere målet.',
      ],
      film: {
        title: 'Læringsfilm: Se muligheter og vise retning',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Hvilket problem hos brukerne ville du løst først, om du fikk velge fritt?',
          'Hvordan ville du forklart målet for enheten din på ett minutt?',
          'Hvilke muligheter har du latt ligge fordi driften tok all tiden?',
          'Hva gjør du når en god idé ikke passer inn i planen?',
        ],
        team: [
          'Hva klager brukerne oftest på, og hva sier det oss?',
          'Hvor vil vi være om tre år, og hva gjør vi annerledes da?',
          'Hvilke oppgaver kunne vi sluttet med uten at noen savnet dem?',
          'Hvem har løst en lignende oppgave før oss, og hva kan vi bruke av det?',
        ],
        leaders: [
          'Hvordan sørger vi for at alle ledere forteller det samme om hvor vi skal?',
          'Hvilke muligheter ser vi på tvers av enhetene, som ingen av oss eier alene?',
          'Hvilke ideer lar vi ligge fordi planene våre er låst for lenge?',
          'Hvordan gir vi rom for nye ideer i budsjett og planer?',
        ],
      },
    },
    'tillit-og-risikovilje': {
      intro: 'Noen må tørre å prøve før noe nytt kan skje. Det tør folk bare når de vet at lederen står bak dem. Din jobb er å vise tillit og gjøre risikoen tydelig.',
      body: [
        'Gi folk ansvar for hele oppgaver, ikke bare små biter. Si hva som skal nås, og hvilke rammer som gjelder. Så lar du dem selv finne ut hvordan.',
        'Snakk om risiko før dere starter, ikke etter. Hva er det verste som kan skje, og for hvem? Bli enige om hvilken risiko dere kan leve med. Finn så tiltak som gjør resten mindre.',
        'Start i det små. En test med ti brukere er noe helt annet enn en ny løsning for hele landet. Prøv en ny rutine på ett kontor i en måned før alle tar den i bruk. Da blir feil billige og lette å rette.',
        'Når noe går galt, spør hva dere lærte, ikke hvem som feilet. Måten du tar imot den første feilen på, avgjør om folk tør å prøve igjen.',
      ],
      film: {
        title: 'Læringsfilm: Vise tillit og risikovilje',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Hvilke oppgaver holder du fast på, som andre kunne tatt over?',
          'Hvordan reagerte du sist noen i teamet gjorde en feil?',
          'Hvor stor risiko tør du selv å ta, og hva styrer grensen din?',
          'Hva trenger du for å stole mer på teamet ditt?',
        ],
        team: [
          'Hvilken risiko kan vi leve med her, og hvordan gjør vi resten mindre?',
          'Hvilke valg kan vi ta selv, uten å spørre lederen først?',
          'Hvordan kan vi teste ideen i liten skala før vi går bredt ut?',
          'Hva skal til for at du sier fra om en feil med en gang?',
        ],
        leaders: [
          'Hvilke regler og rutiner hos oss gjør folk redde for å prøve noe nytt?',
          'Hvordan snakker vi om feil i ledermøtene, og hva lærer folk av det?',
          'Hvor går grensen for den risikoen vi tåler, og hvem har satt den?',
          'Hvordan viser vi at vi står bak dem som prøvde noe som ikke virket?',
        ],
      },
    },
    'samarbeid-og-involvering': {
      intro: 'Gode løsninger kommer sjelden fra én person eller én enhet. Du må derfor åpne døren for andre, både kolleger, brukere og fagfolk utenfra. Da får dere flere blikk på samme sak.',
      body: [
        'Ta med brukerne tidlig. La dem prøve et utkast til brev eller skjema før det sendes ut. Fem korte samtaler kan vise mer enn en lang rapport.',
        'Sett sammen team på tvers av fag. En saksbehandler, en jurist og en som kan IT, ser ulike ting. Gi dem tid og rom til å jobbe sammen.',
        'Sørg for at alle slipper til i møtene. La dem som sier minst, snakke først. Spør hvem som er uenig, og hvorfor. Tar du selv ordet først, styrer du ofte svaret.',
        'Vær selv en god partner for andre. Del planene tidlig med andre enheter og etater. Spør hva de trenger fra dere, ikke bare hva dere trenger fra dem.',
      ],
      film: {
        title: 'Læringsfilm: Innby til samarbeid og involvering',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Hvem tar du med når du skal løse et vanskelig problem, og hvem glemmer du?',
          'Hvordan merker de andre i møtet at du vil høre hva de mener?',
          'Når endret du sist mening etter et innspill fra en i teamet?',
          'Hvilke brukere har du snakket med den siste måneden, og hva lærte du?',
        ],
        team: [
          'Hvem utenfor teamet burde vært med i det arbeidet vi gjør nå?',
          'Hva hindrer oss i å si ærlig hva vi mener?',
          'Hvordan kan vi få innspill fra brukerne før vi bestemmer oss?',
          'Hva kan vi hjelpe andre enheter med, og hva kan de hjelpe oss med?',
        ],
        leaders: [
          'Hvilke oppgaver løser vi hver for oss, som vi burde løse sammen?',
          'Hvordan gir vi ros for samarbeid på tvers, og ikke bare for egne mål?',
          'Hvem bør vi be inn for å få et nytt blikk på det største problemet vårt?',
          'Hvordan sørger vi for at de ansatte får si sitt før store endringer?',
        ],
      },
    },
    'laere-og-endre-praksis': {
      intro: 'Å lære er mer enn å vite noe nytt. Det betyr at dere gjør ting på en annen måte etterpå. Som leder må du gi tid til å lære, og hjelpe til når vaner skal brytes.',
      body: [
        'Sett av tid til å se tilbake. Etter et prosjekt eller en travel periode kan dere ta en kort prat. Hva gikk bra, hva gikk dårlig, og hva gjør vi nå?',
        'Finn ut hva som egentlig er galt, før dere velger løsning. Snakk med dem det gjelder, og se på tall dere allerede har. Ofte er årsaken en annen enn dere trodde.',
        'Gamle vaner sitter godt. Gjør det lett å gjøre det nye, og tungt å gå tilbake. Fjern for eksempel det gamle skjemaet når det nye er klart.',
        'Vis at du også lærer. Fortell om noe du selv har endret syn på. Da blir det lettere for andre å gjøre det samme.',
      ],
      film: {
        title: 'Læringsfilm: Lære og endre praksis',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Hva har du lært det siste halve året som har endret måten du leder på?',
          'Hvilken vane hos deg selv står i veien for det nye?',
          'Hvordan får du vite om det du gjør, faktisk virker?',
          'Hvem gir deg ærlige svar, og hvor ofte spør du dem?',
        ],
        team: [
          'Hva gjør vi bare fordi vi alltid har gjort det?',
          'Hva lærte vi av den siste saken som gikk galt?',
          'Hvordan deler vi det vi lærer, slik at andre slipper å starte på nytt?',
          'Hvilken rutine vil vi endre først, og hvordan ser vi at det virker?',
        ],
        leaders: [
          'Hvilke erfaringer fra andre enheter tar vi ikke i bruk, og hvorfor?',
          'Hvordan gir vi folk tid til å lære i en travel hverdag?',
          'Hva skal til for at en god idé blir ny praksis i hele virksomheten?',
          'Hvilke gamle løsninger holder vi i live bare fordi de er kjente?',
        ],
      },
    },
  },
};
