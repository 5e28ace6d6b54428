import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'bench/results/', 'custom-elements.json', 'examples/*/dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, wc },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      // LitElement implements every lifecycle callback, so guarding super calls adds nothing.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Tests reach into shadow roots and build hostile input on purpose.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's assertions are properties: `expect(x).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  // Node scripts and configs.
  { files: ['**/*.mjs', '*.js', 'bench/run.mjs'], languageOptions: { globals: globals.node } },
  // Browser pages of the benchmark; the harness is the global BENCH.
  {
    files: ['bench/pages/**/*.js', 'bench/reference/**/*.js'],
    languageOptions: { globals: { ...globals.browser, BENCH: 'readonly' } },
  },
  // Code that puppeteer runs inside the page.
  { files: ['test/storybook/*.mjs', 'test/csp/*.mjs', 'test/examples/*.mjs'], languageOptions: { globals: globals.browser } },
  // The plain-HTML example's script runs in the page.
  { files: ['examples/plain-html/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['bench/run.mjs'], languageOptions: { globals: { ...globals.browser, BENCH: 'readonly' } } },
);
