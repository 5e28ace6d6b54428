/**
 * DFØ's page about the model, in bokmål, where the learning films for all four practices are
 * published. The built-in films link here until the films' own addresses are known.
 */
export const DFO_FILM_PAGE = {
  href: 'https://arbeidsgiver.dfo.no/ledelse-og-lederutvikling/kultur-innovasjon/lederpraksis-som-fremmer-kultur-innovasjon',
  lang: 'nb',
} as const;
