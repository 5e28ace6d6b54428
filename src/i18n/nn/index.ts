/** Nynorsk content and interface text in one chunk, fetched when the language is first used. */
export { nn as content } from './content.js';
export { nn as strings } from './ui.js';
