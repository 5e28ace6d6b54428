/**
 * Checks what `npm pack` would publish: the builds, types (with the React and Vue declarations),
 * manifest, schema and documents are in; sources, tests, examples, stories, the benchmark and
 * source maps are out. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = pack.files.map((file) => file.path);

const required = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'custom-elements.json',
  'schema/innovasjon-modell.schema.json',
  'dist/innovasjon-modell.js',
  'dist/lib/index.js',
  'dist/lib/index.d.ts',
  'dist/lib/define.js',
  'dist/lib/define.d.ts',
  'types/react.d.ts',
  'types/vue.d.ts',
];
const forbidden = [/^src\//, /^test\//, /^examples\//, /^stories\//, /^bench\//, /^scripts\//, /^assets\//, /\.map$/, /^\.ci\//];

const missing = required.filter((path) => !files.includes(path));
const unwanted = files.filter((path) => forbidden.some((pattern) => pattern.test(path)));
const chunks = files.filter((path) => path.startsWith('dist/chunks/'));

console.log(`npm pack: ${files.length} files, ${pack.size} B packed, ${pack.unpackedSize} B unpacked, ${chunks.length} chunks`);
for (const path of missing) console.log(`✗ missing: ${path}`);
for (const path of unwanted) console.log(`✗ should not be published: ${path}`);
if (chunks.length === 0) console.log('✗ no dist/chunks/: the script-tag build needs them');
const failed = missing.length + unwanted.length + (chunks.length ? 0 : 1);
if (!failed) console.log('✓ the package holds what it should, and nothing else');
process.exit(failed ? 1 : 0);
