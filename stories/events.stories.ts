import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PRACTICE_IDS } from '../src/model/types.js';
import { featureParameters, modelMeta, renderModel, snippet, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Events',
  tags: ['autodocs'],
  parameters: featureParameters(
    `The element fires \`innovasjon-open\` (cancelable), \`innovasjon-close\`, \`innovasjon-step\` and
\`innovasjon-film-start\`. All bubble out of the shadow root (\`composed\`) and fire for the
viewer's actions only: setting \`selected\` fires none. Open the **Actions** panel to watch them.`,
  ),
};
export default meta;

type Story = StoryObj<ModelArgs>;

/** Every event goes to the Actions panel; open parts, close them and start a film. */
export const ForAnalytics: Story = {
  parameters: snippet(
    `
const model = document.querySelector('innovasjon-modell');
for (const type of ['innovasjon-open', 'innovasjon-close', 'innovasjon-step', 'innovasjon-film-start']) {
  model.addEventListener(type, (event) => analytics.track(type, event.detail));
}`,
    'js',
  ),
};

/**
 * \`preventDefault()\` on \`innovasjon-open\` keeps the part closed: here «lære og endre praksis»
 * stays closed and the page says why instead.
 */
export const CancelOpening: Story = {
  render: (args) => {
    const refuse = (event: CustomEvent<{ id: string }>) => {
      if (event.detail.id !== PRACTICE_IDS[3]) return;
      event.preventDefault();
      const output = (event.currentTarget as HTMLElement).querySelector('output');
      if (output) output.textContent = 'Denne delen tar vi på neste samling.';
    };
    return html`<div @innovasjon-open=${refuse}>
      ${renderModel(args)}
      <p><output aria-live="polite"></output></p>
    </div>`;
  },
  parameters: snippet(
    `
document.querySelector('innovasjon-modell').addEventListener('innovasjon-open', (event) => {
  if (event.detail.id === '${PRACTICE_IDS[3]}') {
    event.preventDefault(); // the part stays closed
    showMessage('Denne delen tar vi på neste samling.');
  }
});`,
    'js',
  ),
};
