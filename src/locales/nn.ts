/** Content and interface text in one chunk, fetched when the language is first used. */
export { nn as content } from '../content/locales/nn.js';
export { nn as strings } from '../i18n/nn.js';
