import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CORE_ID, PRACTICE_IDS } from '../src/model/types.js';
import { featureParameters, modelMeta, snippet, SCRIPT_TAG, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Get started',
  tags: ['autodocs'],
  parameters: featureParameters(
    `One script tag and one element put the model on a page. Click, tap or press Enter on a part to
open its text, film and questions. Every control below is an attribute or property of the element;
the **Actions** panel logs its events and the **Accessibility** panel runs axe on each story.`,
  ),
};
export default meta;

type Story = StoryObj<ModelArgs>;

/** The built-in bokmål model, nothing open. */
export const Model: Story = {
  parameters: snippet(`
${SCRIPT_TAG}

<innovasjon-modell>
  <!-- Shown until the script has run, and where scripts are off. -->
  <a href="https://arbeidsgiver.dfo.no/ledelse-og-lederutvikling/kultur-innovasjon">Kultur for innovasjon hos DFØ</a>
</innovasjon-modell>`),
};

/** The culture core open: set \`selected\` to open a part from the page. */
export const CoreOpen: Story = {
  args: { selected: CORE_ID },
  parameters: snippet(`<innovasjon-modell selected="kjerne"></innovasjon-modell>`),
};

export const SeMuligheterOgViseRetning: Story = {
  args: { selected: PRACTICE_IDS[0] },
  parameters: snippet(`<innovasjon-modell selected="${PRACTICE_IDS[0]}"></innovasjon-modell>`),
};
export const ViseTillitOgRisikovilje: Story = {
  args: { selected: PRACTICE_IDS[1] },
  parameters: snippet(`<innovasjon-modell selected="${PRACTICE_IDS[1]}"></innovasjon-modell>`),
};
export const InnbyTilSamarbeidOgInvolvering: Story = {
  args: { selected: PRACTICE_IDS[2] },
  parameters: snippet(`<innovasjon-modell selected="${PRACTICE_IDS[2]}"></innovasjon-modell>`),
};
export const LaereOgEndrePraksis: Story = {
  args: { selected: PRACTICE_IDS[3] },
  parameters: snippet(`<innovasjon-modell selected="${PRACTICE_IDS[3]}"></innovasjon-modell>`),
};

/** Nynorsk content and interface. Without \`lang\`, the closest ancestor's \`lang\` applies. */
export const Nynorsk: Story = {
  args: { lang: 'nn', selected: CORE_ID },
  parameters: snippet(`<innovasjon-modell lang="nn"></innovasjon-modell>`),
};

/** English content and interface. */
export const English: Story = {
  args: { lang: 'en' },
  parameters: snippet(`<innovasjon-modell lang="en"></innovasjon-modell>`),
};
