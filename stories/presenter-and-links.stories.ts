import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PRACTICE_IDS } from '../src/model/types.js';
import { featureParameters, modelMeta, snippet, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Presenter mode and deep links',
  tags: ['autodocs'],
  parameters: featureParameters(
    `For the room: presenter mode fills the screen and steps through the model with a slide clicker
(→ / PageDown / Space forward, ← / PageUp / Shift+Space back, Home / End, Escape to leave). Every
step fits the screen: a part too long for it takes more steps. B or . blacks the screen out, Q shows
a QR code that opens the page at the same part on a phone, T starts a 5-minute timer, H or ? lists
the keys. Deep links put the open part in the address, so a link can open the model at the right part.`,
  ),
};
export default meta;

type Story = StoryObj<ModelArgs>;

/**
 * Presenter mode, with a questions step after each practice. In a story it fills the frame;
 * the «Presenter modellen» button asks for full screen.
 */
export const Presenter: Story = {
  args: { presenting: true, presentQuestions: true },
  parameters: snippet(`<innovasjon-modell presenting present-questions></innovasjon-modell>`),
};

/**
 * In the meeting room: a practice's step, with its questions next and deep links on, so the QR
 * code (Q, or «QR-kode» in the step bar) opens the same part on a phone. Try B for a black screen,
 * T for the timer and H for the keys; resize the frame and the steps are fitted again.
 */
export const MeetingRoom: Story = {
  args: { presenting: true, presentQuestions: true, deepLink: true, selected: PRACTICE_IDS[1], id: 'modell-rom' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      ...snippet(`<innovasjon-modell id="modell-rom" presenting present-questions deep-link></innovasjon-modell>`).docs,
      // It fills the window: on the docs page, in a frame of its own rather than over the page.
      story: { inline: false, height: '600px' },
    },
  },
};

/**
 * Deep links: open a part and watch the address get \`#modell=…\`; a link such as
 * \`#modell=tillit-og-risikovilje\` (or just \`#tillit-og-risikovilje\`) opens that part.
 */
export const DeepLinks: Story = {
  args: { deepLink: true, selected: PRACTICE_IDS[1] },
  parameters: snippet(`
<innovasjon-modell id="modell" deep-link></innovasjon-modell>
<a href="#modell=${PRACTICE_IDS[1]}">Vis tillit og risikovilje</a>`),
};
