import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { repositoryAlias } from '../repository-alias.js';

export default defineConfig({
  plugins: [react()],
  // This repository's build in place of the npm package; leave it out in your own project.
  resolve: { alias: repositoryAlias },
});
