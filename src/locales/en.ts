/** Content and interface text in one chunk, fetched when the language is first used. */
export { en as content } from '../content/locales/en.js';
export { en as strings } from '../i18n/en.js';
