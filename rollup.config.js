import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

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
    },
    plugins: [resolve, minifyCssLiterals(), typescript, terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })],
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
