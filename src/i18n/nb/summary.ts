/**
 * Bokmål content, the part the diagram draws: names, labels and the model's description. It is
 * in the main bundle; the texts, films and questions follow in `nb-details.ts`, a chunk of their
 * own. Written in plain language (LIX ≤ 40); the names of the model's parts follow
 * Meld. St. 30 (2019–2020) exactly.
 */
import type { ContentSummary } from '../../model/content-parts.js';

export const nbSummary: ContentSummary = {
  lang: 'nb',
  title: 'Kultur for innovasjon',
  description: 'I midten av modellen står en kultur preget av nysgjerrighet, mot og åpenhet. Rundt kjernen står fire lederpraksiser. Du kan åpne hver del for å lese mer.',
  sourceNote: 'Modellen kommer fra Meld. St. 30 (2019–2020) «En innovativ offentlig sektor – kultur, ledelse og kompetanse». DFØ har lærestoff om modellen for ledere. Forklaringene og spørsmålene her har vi skrevet selv. De er ikke DFØs tekst.',
  core: {
    title: 'Kultur for innovasjon',
    values: [
      {
        id: 'nysgjerrighet',
        label: 'Nysgjerrighet',
      },
      {
        id: 'mot',
        label: 'Mot',
      },
      {
        id: 'apenhet',
        label: 'Åpenhet',
      },
    ],
  },
  practices: [
    {
      id: 'muligheter-og-retning',
      title: 'Se muligheter og vise retning',
      label: 'Se muligheter\nog vise retning',
    },
    {
      id: 'tillit-og-risikovilje',
      title: 'Vise tillit og risikovilje',
      label: 'Vise tillit\nog risikovilje',
    },
    {
      id: 'samarbeid-og-involvering',
      title: 'Innby til samarbeid og involvering',
      label: 'Innby til samarbeid\nog involvering',
    },
    {
      id: 'laere-og-endre-praksis',
      title: 'Lære og endre praksis',
      label: 'Lære og\nendre praksis',
    },
  ],
};
