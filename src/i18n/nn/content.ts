/**
 * Content in Norwegian nynorsk, written in plain language (LIX ≤ 40).
 * The names of the model's parts follow Meld. St. 30 (2019–2020); the ids are the same as in nb.ts.
 */
import type { LinkFilmSource, ModelContent } from '../../model/types.js';
import { DFO_FILM_PAGE } from '../dfo-film-page.js';

/**
 * The built-in films link to DFØ's page about the model, which lists all four. Each film gets a
 * copy: a copy of the content (`structuredClone`) may then change one film without the others.
 */
const FILM_SOURCE: LinkFilmSource = {
  kind: 'link',
  ...DFO_FILM_PAGE,
  label: 'Finn filmen på sida til DFØ om modellen',
};

export const nn: ModelContent = {
  lang: 'nn',
  title: 'Kultur for innovasjon',
  description:
    'I midten av modellen står ein kultur prega av nysgjerrigheit, mot og openheit. Rundt kjernen står fire leiarpraksisar. Du kan opne kvar del for å lese meir.',
  sourceNote:
    'Modellen kjem frå Meld. St. 30 (2019–2020) «En innovativ offentlig sektor – kultur, ledelse og kompetanse». DFØ har lærestoff for leiarar om modellen. Forklaringane og spørsmåla her har vi skrive sjølve. Dei er ikkje tekst frå DFØ.',

  core: {
    title: 'Kultur for innovasjon',
    body: [
      'Nye løysingar kjem sjeldan av ein plan åleine. Dei kjem når folk tør å spørje, prøve og seie frå. Det er kulturen som avgjer om det skjer.',
      'Difor står kulturen i midten av modellen. Den er prega av nysgjerrigheit, mot og openheit. Dei fire praksisane rundt viser kva du kan gjere som leiar for å styrkje kulturen.',
      'Kultur er ikkje noko du kan vedta. Den veks fram av det du og kollegaene dine gjer kvar dag. Det de kan øve på, er dei fire praksisane. Over tid formar dei kulturen.',
    ],
    values: [
      {
        id: 'nysgjerrighet',
        label: 'Nysgjerrigheit',
        text: 'Du spør kvifor vi gjer som vi gjer, og vil forstå kva brukarane treng. Du leitar etter gode idear, òg utanfor eininga di.',
      },
      {
        id: 'mot',
        label: 'Mot',
        text: 'Du tør å prøve noko nytt, sjølv om du ikkje veit korleis det går. Du seier frå når noko ikkje verkar.',
      },
      {
        id: 'apenhet',
        label: 'Openheit',
        text: 'Du deler det du veit, òg det som gjekk gale. Du lyttar til andre fag, til brukarane og til dei som er usamde.',
      },
    ],
  },

  practices: [
    {
      id: 'muligheter-og-retning',
      title: 'Sjå moglegheiter og vise retning',
      label: 'Sjå moglegheiter\nog vise retning',
      intro:
        'Som leiar skal du hjelpe folk til å sjå kva som er mogleg. Samtidig må du vise kvar de skal. Då veit alle kva dei kan prøve, og kvifor.',
      body: [
        'Start med brukarane. Kva slit folk med når dei møter dykk? Eit skjema som ingen forstår, eller ein kø som aldri blir kortare, er ein god stad å byrje.',
        'Løft blikket frå saka du har på bordet i dag. Spør korleis det de lagar no, vil verke om fem år. Tenk òg på kven andre det får følgjer for.',
        'Gi ei tydeleg retning, men ikkje ei ferdig oppskrift. Sei kva de vil oppnå, og la teamet finne vegen. Målet «svar innan to veker» seier meir enn «bli meir digitale».',
        'Gjenta retninga ofte, og knyt den til det folk gjer no. Kjem nokon med ein idé, kan de saman sjå om ideen tek dykk nærare målet.',
      ],
      film: {
        title: 'Læringsfilm: Sjå moglegheiter og vise retning',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Kva problem hos brukarane ville du løyse først om du fekk velje fritt?',
          'Korleis ville du forklare målet for eininga di på eitt minutt?',
          'Kva moglegheiter har du late liggje fordi drifta tok all tida?',
          'Kva gjer du når ein god idé ikkje passar inn i planen?',
        ],
        team: [
          'Kva klagar brukarane oftast på, og kva seier det oss?',
          'Kvar vil vi vere om tre år, og kva gjer vi annleis då?',
          'Kva oppgåver kan vi slutte med utan at nokon saknar dei?',
          'Kven har løyst ei liknande oppgåve før oss, og kva kan vi bruke av det?',
        ],
        leaders: [
          'Korleis syter vi for at alle leiarane fortel det same om kvar vi skal?',
          'Kva moglegheiter ser vi på tvers av einingane, som ingen av oss eig åleine?',
          'Kva idear blir liggjande fordi planane våre er låste for lenge?',
          'Korleis gir vi rom for nye idear i budsjett og planar?',
        ],
      },
    },
    {
      id: 'tillit-og-risikovilje',
      title: 'Vise tillit og risikovilje',
      label: 'Vise tillit\nog risikovilje',
      intro:
        'Nokon må tore å prøve før noko nytt kan skje. Det tør folk berre når dei veit at leiaren står bak dei. Jobben din er å vise tillit og gjere risikoen tydeleg.',
      body: [
        'Gi folk ansvar for heile oppgåver, ikkje berre små bitar. Sei kva dei skal oppnå, og kva rammer som gjeld. Så får dei sjølve finne ut korleis.',
        'Snakk om risiko før de startar, ikkje etterpå. Kva er det verste som kan skje, og for kven? Bli samde om kva risiko de kan leve med. Finn så tiltak som gjer resten mindre.',
        'Start i det små. Ein test med ti brukarar er noko heilt anna enn ei ny løysing for heile landet. Prøv ein ny rutine på eitt kontor i ein månad før alle andre gjer det same. Då blir feil billege og lette å rette.',
        'Når noko går gale, spør kva de lærte, ikkje kven som feila. Måten du tek imot den første feilen på, avgjer om folk tør å prøve igjen.',
      ],
      film: {
        title: 'Læringsfilm: Vise tillit og risikovilje',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Kva oppgåver held du fast på, som andre kunne ta over?',
          'Korleis reagerte du sist gong nokon i teamet gjorde ein feil?',
          'Kor stor risiko tør du sjølv å ta, og kva styrer grensa di?',
          'Kva treng du for å stole meir på teamet ditt?',
        ],
        team: [
          'Kva risiko kan vi leve med her, og korleis gjer vi resten mindre?',
          'Kva val kan vi ta sjølve, utan å spørje leiaren først?',
          'Korleis kan vi teste ideen i liten skala før vi går breitt ut?',
          'Kva skal til for at du seier frå om ein feil med ein gong?',
        ],
        leaders: [
          'Kva reglar og rutinar hos oss gjer folk redde for å prøve noko nytt?',
          'Korleis snakkar vi om feil i leiarmøta, og kva lærer folk av det?',
          'Kor mykje risiko toler vi, og kven har bestemt grensa?',
          'Korleis viser vi at vi står bak dei som prøvde noko som ikkje verka?',
        ],
      },
    },
    {
      id: 'samarbeid-og-involvering',
      title: 'Invitere til samarbeid og involvering',
      label: 'Invitere til samarbeid\nog involvering',
      intro:
        'Gode løysingar kjem sjeldan frå éin person eller éi eining. Difor må du opne døra for andre: kollegaer, brukarar og fagfolk utanfrå. Då ser de saka frå fleire sider.',
      body: [
        'Ta brukarane med tidleg. La dei prøve eit utkast til brev eller skjema før de sender det ut. Fem korte samtalar kan vise meir enn ein lang rapport.',
        'Set saman team på tvers av fag. Ein sakshandsamar, ein jurist og ein som kan IT, ser ulike ting. Gi dei tid og rom til å arbeide saman.',
        'Sjå til at alle slepp til i møta. La dei som seier minst, snakke først. Spør kven som er usamd, og kvifor. Tek du sjølv ordet først, styrer du ofte svaret.',
        'Ver sjølv ein god partnar for andre. Del planane tidleg med andre einingar og etatar. Spør kva dei treng frå dykk, ikkje berre kva de treng frå dei.',
      ],
      film: {
        title: 'Læringsfilm: Invitere til samarbeid og involvering',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Kven tek du med når du skal løyse eit vanskeleg problem, og kven gløymer du?',
          'Korleis merkar dei andre i møtet at du vil høyre kva dei meiner?',
          'Når endra du sist meining etter eit innspel frå nokon i teamet?',
          'Kva brukarar har du snakka med den siste månaden, og kva lærte du?',
        ],
        team: [
          'Kven utanfor teamet bør vere med i det arbeidet vi gjer no?',
          'Kva hindrar oss i å seie ærleg kva vi meiner?',
          'Korleis kan vi få innspel frå brukarane før vi bestemmer oss?',
          'Kva kan vi hjelpe andre einingar med, og kva kan dei hjelpe oss med?',
        ],
        leaders: [
          'Kva oppgåver løyser vi kvar for oss, som vi burde løyse saman?',
          'Korleis gir vi ros for samarbeid på tvers, og ikkje berre for eigne mål?',
          'Kven bør vi be inn for å få nye auge på det største problemet vårt?',
          'Korleis syter vi for at dei tilsette får seie sitt før store endringar?',
        ],
      },
    },
    {
      id: 'laere-og-endre-praksis',
      title: 'Lære og endre praksis',
      label: 'Lære og\nendre praksis',
      intro:
        'Å lære er meir enn å vite noko nytt. Det betyr at de gjer ting på ein annan måte etterpå. Som leiar må du gi tid til å lære, og hjelpe folk med å bryte gamle vanar.',
      body: [
        'Set av tid til å sjå tilbake. Etter eit prosjekt eller ein travel periode kan de ta ein kort prat. Kva gjekk bra, kva gjekk dårleg, og kva gjer vi no?',
        'Finn ut kva som eigentleg er gale, før de vel løysing. Snakk med dei det gjeld, og sjå på tal de alt har. Ofte er årsaka ei anna enn de trudde.',
        'Gamle vanar sit godt. Gjer det lett å gjere det nye, og tungt å gå tilbake. Fjern til dømes det gamle skjemaet når det nye er klart.',
        'Vis at du òg lærer. Fortel om noko du sjølv har endra syn på. Då blir det lettare for andre å gjere det same.',
      ],
      film: {
        title: 'Læringsfilm: Lære og endre praksis',
        source: { ...FILM_SOURCE },
      },
      questions: {
        self: [
          'Kva har du lært det siste halvåret som har endra måten du leiar på?',
          'Kva vane hos deg sjølv står i vegen for det nye?',
          'Korleis får du vite om det du gjer, faktisk verkar?',
          'Kven gir deg ærlege svar, og kor ofte spør du dei?',
        ],
        team: [
          'Kva gjer vi berre fordi vi alltid har gjort det?',
          'Kva lærte vi av den siste saka som gjekk gale?',
          'Korleis deler vi det vi lærer, slik at andre slepp å starte på nytt?',
          'Kva rutine vil vi endre først, og korleis ser vi at det verkar?',
        ],
        leaders: [
          'Kva erfaringar frå andre einingar tek vi ikkje i bruk, og kvifor?',
          'Korleis gir vi folk tid til å lære i ein travel kvardag?',
          'Kva skal til for at ein god idé blir ny praksis i heile verksemda?',
          'Kva gamle løysingar held vi i live berre fordi dei er kjende?',
        ],
      },
    },
  ],
};
