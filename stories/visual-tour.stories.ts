import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CORE_ID, PRACTICE_IDS } from '../src/model/types.js';
import { featureParameters, modelMeta, snippet, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Visual tour',
  tags: ['autodocs'],
  parameters: featureParameters(
    `The model as readers meet it: closed, with a part open, in the dark theme, in a narrow box and
in presenter mode. The element takes the page's font; here it is the system's own sans-serif.`,
  ),
};
export default meta;

type Story = StoryObj<ModelArgs>;

/** Closed: the diagram alone. A click, a tap or Enter on a part opens it. */
export const Closed: Story = {
  parameters: snippet(`<innovasjon-modell></innovasjon-modell>`),
};

/** A practice open: its text, film and questions beside the diagram. */
export const Open: Story = {
  args: { selected: PRACTICE_IDS[1] },
  parameters: snippet(`<innovasjon-modell selected="${PRACTICE_IDS[1]}"></innovasjon-modell>`),
};

/** The dark theme, with the core open. It brings its own background. */
export const Dark: Story = {
  args: { theme: 'dark', selected: CORE_ID },
  parameters: snippet(`<innovasjon-modell theme="dark" selected="${CORE_ID}"></innovasjon-modell>`),
};

/** Compact: in a box 320 px wide the panel goes below the diagram. */
export const Compact: Story = {
  args: { width: 320, selected: PRACTICE_IDS[0] },
  parameters: snippet(`
<aside style="width: 320px">
  <innovasjon-modell selected="${PRACTICE_IDS[0]}"></innovasjon-modell>
</aside>`),
};

/**
 * Presenter mode fills the whole window, so on this page it is shown in a frame of its own
 * rather than over the page. On a real page the «Presenter modellen» button asks for full screen.
 */
export const Presenter: Story = {
  args: { presenting: true, selected: PRACTICE_IDS[2] },
  parameters: {
    layout: 'fullscreen',
    docs: {
      ...snippet(`<innovasjon-modell presenting selected="${PRACTICE_IDS[2]}"></innovasjon-modell>`).docs,
      story: { inline: false, height: '560px' },
    },
  },
};
