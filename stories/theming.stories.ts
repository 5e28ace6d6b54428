import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { CORE_ID, PRACTICE_IDS } from '../src/model/types.js';
import { featureParameters, modelMeta, renderModel, snippet, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Theming',
  tags: ['autodocs'],
  parameters: featureParameters(
    `Design tokens (CSS custom properties set on the element) are the theming surface; CSS parts
reach what tokens do not. On a page with Digdir Designsystemet the element picks up its \`--ds-*\`
tokens by itself. The full list of tokens and parts is in the tables below.`,
  ),
};
export default meta;

interface TokenArgs extends ModelArgs {
  font: string;
  practice1: string;
  practice2: string;
  practice3: string;
  practice4: string;
  core: string;
  focus: string;
  radius: string;
}

/** Change the tokens in the controls and see the model follow. */
export const DesignTokens: StoryObj<TokenArgs> = {
  argTypes: {
    font: { control: 'text', name: '--im-font-family' },
    practice1: { control: 'color', name: '--im-color-practice-1' },
    practice2: { control: 'color', name: '--im-color-practice-2' },
    practice3: { control: 'color', name: '--im-color-practice-3' },
    practice4: { control: 'color', name: '--im-color-practice-4' },
    core: { control: 'color', name: '--im-color-core' },
    focus: { control: 'color', name: '--im-color-focus' },
    radius: { control: 'text', name: '--im-radius' },
  },
  args: {
    selected: CORE_ID,
    font: 'Georgia, serif',
    practice1: '#fde2e4',
    practice2: '#e2ece9',
    practice3: '#fff1d0',
    practice4: '#dfe7fd',
    core: '#3d2c5c',
    focus: '#c2185b',
    radius: '0',
  },
  render: (args) =>
    html`<div
      style=${styleMap({
        '--im-font-family': args.font,
        '--im-color-practice-1': args.practice1,
        '--im-color-practice-2': args.practice2,
        '--im-color-practice-3': args.practice3,
        '--im-color-practice-4': args.practice4,
        '--im-color-core': args.core,
        '--im-color-focus': args.focus,
        '--im-radius': args.radius,
      })}
    >
      ${renderModel(args)}
    </div>`,
  parameters: snippet(`
<style>
  innovasjon-modell {
    --im-font-family: Georgia, serif;
    --im-color-practice-1: #fde2e4;
    --im-color-practice-2: #e2ece9;
    --im-color-practice-3: #fff1d0;
    --im-color-practice-4: #dfe7fd;
    --im-color-core: #3d2c5c;
    --im-color-focus: #c2185b;
    --im-radius: 0;
  }
</style>
<innovasjon-modell></innovasjon-modell>`),
};

const DESIGNSYSTEMET = {
  '--ds-font-family': "'Trebuchet MS', sans-serif",
  '--ds-color-neutral-text-default': '#202740',
  '--ds-color-neutral-background-default': '#f7f8fb',
  '--ds-color-neutral-border-default': '#6e7591',
  '--ds-color-neutral-surface-hover': '#e4e7f0',
  '--ds-color-focus-outer': '#1e2b3c',
  '--ds-color-accent-text-subtle': '#0062ba',
  '--ds-border-radius-md': '12px',
};

/** A page with Designsystemet's tokens: the element takes its font, neutrals, focus and corners. */
export const Designsystemet: StoryObj<ModelArgs> = {
  args: { selected: PRACTICE_IDS[0] },
  render: (args) => html`<div style=${styleMap(DESIGNSYSTEMET)}>${renderModel(args)}</div>`,
  parameters: snippet(`
<!-- Designsystemet's theme defines --ds-* on :root; nothing more is needed. -->
<link rel="stylesheet" href="/css/designsystemet-theme.css" />
<innovasjon-modell></innovasjon-modell>`),
};

/** CSS parts: here a serif heading, a dashed outline on the second practice and a square panel. */
export const CssParts: StoryObj<ModelArgs> = {
  args: { selected: PRACTICE_IDS[1] },
  render: (args) =>
    html`<style>
        #deler::part(heading) {
          font-family: Georgia, serif;
        }
        #deler::part(segment-2) {
          stroke-dasharray: 6 3;
        }
        #deler::part(panel) {
          border-radius: 0;
        }
      </style>
      ${renderModel({ ...args, id: 'deler' })}`,
  parameters: snippet(`
<style>
  innovasjon-modell::part(heading) { font-family: Georgia, serif; }
  innovasjon-modell::part(segment-2) { stroke-dasharray: 6 3; }
  innovasjon-modell::part(panel) { border-radius: 0; }
</style>`),
};

/** The dark theme, forced. \`theme="auto"\` (default) follows the reader's setting. */
export const Dark: StoryObj<ModelArgs> = {
  args: { theme: 'dark', selected: CORE_ID },
  parameters: snippet(`<innovasjon-modell theme="dark"></innovasjon-modell>`),
};

/**
 * An intranet widget 280 px wide: the compact layout (below 400 px of the element's own width,
 * by container query) and the panel below the diagram.
 */
export const CompactIntranetBox: StoryObj<ModelArgs> = {
  args: { width: 280, selected: PRACTICE_IDS[0] },
  parameters: snippet(`
<aside style="width: 280px">
  <innovasjon-modell></innovasjon-modell>
</aside>`),
};
