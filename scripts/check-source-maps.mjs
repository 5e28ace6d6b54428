/**
 * Checks that the built bundle's source maps point at the right lines: every occurrence of a few
 * distinctive strings in the built files maps back to a line of the original source that holds
 * the same string. Templates are squeezed by the build (see minify-css-literals.mjs), which moves
 * the code after them; a map that ignored it would send these to other lines.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const MARKERS = ['Escape', 'fullscreenchange', 'hashchange', 'could not load ', 'is not a part of the model', 'loadingdone'];
const files = ['dist/innovasjon-modell.js', ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`)];

let checked = 0;
const wrong = [];
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) {
    wrong.push(`${file}: no source map`);
    continue;
  }
  const map = new TraceMap(readFileSync(mapFile, 'utf8'));
  const lines = code.split('\n');
  lines.forEach((text, lineIndex) => {
    for (const marker of MARKERS) {
      for (let column = text.indexOf(marker); column >= 0; column = text.indexOf(marker, column + 1)) {
        const original = originalPositionFor(map, { line: lineIndex + 1, column });
        if (!original.source) continue; // a string that terser put together: no one place to map to
        const source = path.resolve(path.dirname(mapFile), original.source);
        const sourceLine = readFileSync(source, 'utf8').split('\n')[original.line - 1] ?? '';
        checked++;
        if (!sourceLine.includes(marker)) {
          wrong.push(`${file}:${lineIndex + 1}:${column} "${marker}" maps to ${original.source}:${original.line}: ${sourceLine.trim().slice(0, 80)}`);
        }
      }
    }
  });
}
if (checked === 0) wrong.push('no marker was found in the built files: the check checks nothing');
if (wrong.length) {
  console.error(`Source maps point at the wrong place:\n${wrong.join('\n')}`);
  process.exit(1);
}
console.log(`Source maps: ${checked} places in ${files.length} files map back to their own lines.`);
