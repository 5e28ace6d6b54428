/** English content and interface text in one chunk, fetched when the language is first used. */
export { en as content } from './content.js';
export { en as strings } from './ui.js';
