// Byte budget of the built files, checked by `npm run size` and `npm test` (gzip -9).
// A JS config rather than JSON: chunks have hashed names, and each chunk gets a check of its
// own (a glob in one check would add them up). Every chunk is held to 5 kB, the language
// chunks and any other lazily loaded part alike.
import { existsSync, readdirSync } from 'node:fs';

const BUNDLE = 'dist/innovasjon-modell.js';
const CHUNKS = 'dist/chunks';

// A missing file would count as 0 bytes and pass, so a missing build fails here instead.
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} not found: run \`npm run build\` first.`);

const chunks = existsSync(CHUNKS) ? readdirSync(CHUNKS).filter((name) => name.endsWith('.js')).sort() : [];

export default [
  { name: `${BUNDLE} (self-contained, with bokmål)`, path: BUNDLE, gzip: true, limit: '20 kB' },
  ...chunks.map((name) => ({
    name: `${CHUNKS}/${name} (${/^(nb|nn|en)-/.test(name) ? 'language' : 'lazy'} chunk)`,
    path: `${CHUNKS}/${name}`,
    gzip: true,
    limit: '5 kB',
  })),
];
