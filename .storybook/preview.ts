import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { create } from 'storybook/theming';
import manifest from '../custom-elements.json';
import '../src/define.js';

// Attributes, properties, events, parts and CSS properties on the docs pages come from here.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The docs pages' prose in the stories' font (preview-head.html), not Storybook's own.
    docs: { theme: create({ base: 'light', fontBase: 'var(--story-font)' }) },
    // Every story is checked by axe in the a11y panel; a violation is an error there.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'innovasjon-modell',
          ['Get started', 'Visual tour', 'Own content', 'Theming', 'Events', 'Presenter mode and deep links', 'Workshop tools', 'Error messages'],
        ],
      },
    },
  },
};

export default preview;
