import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { nb } from '../src/i18n/nb/content.js';
import { PRACTICE_IDS, type ModelContent } from '../src/model/types.js';
import { featureParameters, modelMeta, snippet, type ModelArgs } from './support/model-story.js';

// The Storybook smoke test accepts the element's own console errors here, and only here.
const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Error messages',
  tags: ['autodocs', 'expected-console-errors'],
  parameters: featureParameters(
    `What an editor sees when content is wrong: a message in the element and in the console that
names each field and what was expected. Broken parts are replaced from the built-in content, so
the model still works. (These stories log errors to the console on purpose.)`,
  ),
};
export default meta;

type Story = StoryObj<ModelArgs>;

function brokenContent(): ModelContent {
  const content = structuredClone(nb) as unknown as Record<string, unknown> & ModelContent;
  (content.practices[0] as unknown as Record<string, unknown>).title = 42;
  (content.practices[3].film.source as unknown as Record<string, unknown>) = { kind: 'dailymotion', videoId: 'x' };
  return content;
}

/** A title that is a number, and a film from a video service that is not allowed. */
export const BrokenContent: Story = {
  args: { content: brokenContent(), selected: PRACTICE_IDS[3] },
  parameters: snippet(`<!-- The message lists: practices[0].title: expected a non-empty text, found a number … -->`),
};

/** A file that does not exist: the built-in content stays usable. */
export const MissingFile: Story = {
  args: { src: 'content/finnes-ikke.json' },
  parameters: snippet(`<innovasjon-modell src="/innhold/finnes-ikke.json"></innovasjon-modell>`),
};
