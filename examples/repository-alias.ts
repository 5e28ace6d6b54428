/**
 * Lets the Vite, React and Vue examples import `innovasjon-modell` from this repository's build
 * (`npm run build` at the root) rather than from node_modules. In your own project, after
 * `npm install innovasjon-modell lit`, leave this file and the `resolve.alias` line out.
 */
import { fileURLToPath } from 'node:url';

const library = fileURLToPath(new URL('../dist/lib/', import.meta.url));

export const repositoryAlias = [
  { find: /^innovasjon-modell$/, replacement: `${library}index.js` },
  { find: /^innovasjon-modell\/define$/, replacement: `${library}define.js` },
];
