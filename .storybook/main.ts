import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages built from the custom elements manifest, and the axe panel on every story.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample film and its captions, served at /assets like in the tests; content files for the stories.
  staticDirs: [
    { from: '../assets', to: '/assets' },
    { from: '../stories/content', to: '/content' },
  ],
  core: { disableTelemetry: true },
};

export default config;
