import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { PRACTICE_IDS } from '../src/model/types.js';
import { featureParameters, modelMeta, snippet, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Workshop tools',
  tags: ['autodocs'],
  parameters: featureParameters(
    `Each practice's panel has a worksheet: choose an audience, then print its questions on A4 with
room to write, or copy them as text. With \`notes\`, a facilitator gets a notes field per practice,
kept only in this browser, with download and delete.`,
  ),
};
export default meta;

/** The worksheet and the facilitator's notes. */
export const WorksheetAndNotes: StoryObj<ModelArgs> = {
  args: { notes: true, selected: PRACTICE_IDS[2], id: 'fasilitator' },
  parameters: snippet(`<innovasjon-modell id="fasilitator" notes></innovasjon-modell>`),
};
