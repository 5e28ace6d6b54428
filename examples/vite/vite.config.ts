import { defineConfig } from 'vite';
import { repositoryAlias } from '../repository-alias.js';

export default defineConfig({
  // This repository's build in place of the npm package; leave it out in your own project.
  resolve: { alias: repositoryAlias },
});
