import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/** V8's explicit compile hint: a magic comment on the first line of a file, which the minifier keeps. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const KEPT_COMMENT = /^# allFunctionsCalledOnLoad$/;
const typescript = esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
// Lit's production build: no dev-mode warnings, smaller.
const resolve = nodeResolve({ exportConditions: ['production'] });

export default [
  // One self-contained file for <script type="module" src="…">: lit and d3-shape inside,
  // nynorsk and English in chunks beside it, loaded only when used.
  {
    input: { 'innovasjon-modell': 'src/define.ts' },
    // Let the language chunks import shared code from the entry itself instead of a facade chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      // Nearly all of the entry runs at the first render. The hint has Chromium compile all its
      // functions while the file streams in, off the main thread, instead of each one at its
      // first call; other engines ignore it. The chunks compile as they run.
      banner: (chunk) => (chunk.isEntry ? COMPILE_HINT : ''),
    },
    plugins: [
      resolve,
      minifyCssLiterals(),
      typescript,
      // keep_fargs: false drops parameters a function never reads; nothing here asks a function
      // for its length (the one thing that changes).
      terser({ ecma: 2022, module: true, compress: { passes: 3, keep_fargs: false }, format: { comments: KEPT_COMMENT } }),
    ],
  },
  // The library for bundlers: one module per source file, lit, d3-shape and lean-qr left to the app.
  {
    input: ['src/index.ts', 'src/define.ts'],
    external: [/^lit(\/.*)?$/, /^d3-/, /^lean-qr$/],
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [typescript],
  },
];
