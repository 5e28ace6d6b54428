import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { repositoryAlias } from '../repository-alias.js';

export default defineConfig({
  plugins: [
    vue({
      // <innovasjon-modell> is a custom element, not a Vue component: Vue renders it as it is.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'innovasjon-modell' } },
    }),
  ],
  // This repository's build in place of the npm package; leave it out in your own project.
  resolve: { alias: repositoryAlias },
});
