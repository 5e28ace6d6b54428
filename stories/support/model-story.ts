import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withActions } from 'storybook/actions/decorator';
import { CORE_ID, PRACTICE_IDS, type ModelContent } from '../../src/model/types.js';
import '../../src/define.js';

/** Every attribute and property of the element, plus the width of the box it sits in. */
export interface ModelArgs {
  selected: string;
  lang: string;
  theme: string;
  presenting: boolean;
  presentQuestions: boolean;
  deepLink: boolean;
  notes: boolean;
  src: string;
  content?: ModelContent;
  width: number;
  id?: string;
}

/** The element as a page would write it, in a box of the chosen width. */
export const renderModel = (args: ModelArgs) =>
  html`<div style="max-width: ${args.width}px">
    <innovasjon-modell
      id=${args.id ?? 'modell'}
      selected=${args.selected}
      lang=${args.lang}
      theme=${args.theme}
      src=${ifDefined(args.src || undefined)}
      ?presenting=${args.presenting}
      ?present-questions=${args.presentQuestions}
      ?deep-link=${args.deepLink}
      ?notes=${args.notes}
      .content=${args.content}
    ></innovasjon-modell>
  </div>`;

/**
 * What every feature page shares: the element's docs from the manifest, a live control for each
 * attribute and property, and its events in the Actions panel. Each page adds its own `title`
 * and `tags` (Storybook reads those two without running the file) and its `parameters`.
 */
export const modelMeta = {
  component: 'innovasjon-modell',
  decorators: [withActions],
  argTypes: {
    selected: { control: 'select', options: ['', CORE_ID, ...PRACTICE_IDS] },
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    src: { control: 'text' },
    content: { control: 'object' },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 }, description: 'Width of the box around the element (story only).' },
    id: { table: { disable: true } },
  },
  args: {
    selected: '',
    lang: 'nb',
    theme: 'auto',
    presenting: false,
    presentQuestions: false,
    deepLink: false,
    notes: false,
    src: '',
    width: 960,
  },
  render: renderModel,
} satisfies Meta<ModelArgs>;

/** A feature page's parameters: the events to log and the page's introduction. */
export const featureParameters = (description: string) => ({
  actions: { handles: ['innovasjon-open', 'innovasjon-close', 'innovasjon-step', 'innovasjon-film-start', 'innovasjon-export'] },
  docs: { description: { component: description } },
});

/** A copy-paste snippet shown under «Show code» on the docs page. */
export const snippet = (code: string, language = 'html') => ({
  docs: { source: { code: code.trim(), language } },
});

/** The script tag every page snippet starts with. */
export const SCRIPT_TAG = '<script type="module" src="/scripts/innovasjon-modell/innovasjon-modell.js"></script>';
