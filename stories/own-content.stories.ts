import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { nb } from '../src/content/locales/nb.js';
import { CORE_ID, PRACTICE_IDS, type ModelContent } from '../src/content/types.js';
import { withActions } from 'storybook/actions/decorator';
import '../src/define.js';

interface Args {
  selected: string;
  lang: string;
  width: number;
  theme: string;
  presenting: boolean;
  presentQuestions: boolean;
  deepLink: boolean;
  notes: boolean;
  id?: string;
  content?: ModelContent;
}

const SAMPLE_FILM_BASE = 'assets/sample-film/sample-film';

/** Bokmål content with an agency's own film (the project's sample film, with captions). */
function customContent(): ModelContent {
  const content = structuredClone(nb);
  content.practices[1] = {
    ...content.practices[1],
    intro: 'Her ser du vår egen film om tillit. Se den sammen med teamet, og snakk om spørsmålene etterpå.',
    film: {
      title: 'Vår egen film om tillit',
      durationSeconds: 6,
      source: {
        kind: 'file',
        src: `${SAMPLE_FILM_BASE}.webm`,
        type: 'video/webm',
        poster: `${SAMPLE_FILM_BASE}.poster.webp`,
        tracks: [
          { src: `${SAMPLE_FILM_BASE}.nb.vtt`, srclang: 'nb', label: 'Norsk (bokmål)', default: true },
          { src: `${SAMPLE_FILM_BASE}.nn.vtt`, srclang: 'nn', label: 'Norsk (nynorsk)' },
          { src: `${SAMPLE_FILM_BASE}.en.vtt`, srclang: 'en', label: 'English' },
        ],
      },
      transcript: [
        'Dette er en kort eksempelfilm.',
        'Den viser hvordan teksting fungerer.',
        'Du kan slå tekstingen av og på.',
      ],
    },
  };
  content.practices[2].film = {
    title: 'Film fra YouTube (lastes først når du trykker)',
    source: { kind: 'youtube', videoId: 'aqz-KE-bpKQ' },
  };
  return content;
}

const meta: Meta<Args> = {
  title: 'Kultur for innovasjon/innovasjon-modell',
  component: 'innovasjon-modell',
  tags: ['autodocs'],
  // Logs the element's events in the Actions panel.
  decorators: [withActions],
  parameters: {
    actions: { handles: ['innovasjon-open', 'innovasjon-close', 'innovasjon-step', 'innovasjon-film-start'] },
  },
  argTypes: {
    selected: { control: 'select', options: ['', CORE_ID, ...PRACTICE_IDS] },
    lang: { control: 'inline-radio', options: ['nb', 'nn', 'en'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  args: {
    selected: '',
    lang: 'nb',
    width: 960,
    theme: 'auto',
    presenting: false,
    presentQuestions: false,
    deepLink: false,
    notes: false,
  },
  render: ({ selected, lang, width, theme, presenting, presentQuestions, deepLink, notes, id, content }) =>
    html`<div style="max-width: ${width}px">
      <innovasjon-modell
        id=${id ?? 'modell'}
        selected=${selected}
        lang=${lang}
        theme=${theme}
        ?presenting=${presenting}
        ?present-questions=${presentQuestions}
        ?deep-link=${deepLink}
        ?notes=${notes}
        .content=${content}
      ></innovasjon-modell>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The built-in bokmål model, nothing open. */
export const Model: Story = {};

/** The culture core open. */
export const CoreOpen: Story = { args: { selected: CORE_ID } };

export const SeMuligheterOgViseRetning: Story = { args: { selected: PRACTICE_IDS[0] } };
export const ViseTillitOgRisikovilje: Story = { args: { selected: PRACTICE_IDS[1] } };
export const InnbyTilSamarbeidOgInvolvering: Story = { args: { selected: PRACTICE_IDS[2] } };
export const LaereOgEndrePraksis: Story = { args: { selected: PRACTICE_IDS[3] } };

/** An intranet widget: a box 280 px wide; the panel opens below the diagram. */
export const NarrowIntranetBox: Story = {
  args: { width: 280, selected: PRACTICE_IDS[0] },
};

/** An agency's own content: a self-hosted film with captions and transcript, and a YouTube film. */
export const CustomContent: Story = {
  args: { selected: PRACTICE_IDS[1], content: customContent() },
};

/** Nynorsk content and interface. */
export const Nynorsk: Story = { args: { lang: 'nn', selected: CORE_ID } };

/** English content and interface. */
export const English: Story = { args: { lang: 'en' } };

/**
 * Presenter mode, with a questions step after each practice. Keys: → / PageDown / Space for
 * next, ← / PageUp / Shift+Space for previous, Escape to leave. In a story it fills the frame;
 * the «Presenter modellen» button asks for full screen.
 */
export const Presenter: Story = { args: { presenting: true, presentQuestions: true } };

/**
 * Deep links: open a part and watch the address get `#modell=…`; a link such as
 * `#modell=tillit-og-risikovilje` (or just `#tillit-og-risikovilje`) opens that part.
 */
export const DeepLinks: Story = { args: { deepLink: true, selected: PRACTICE_IDS[1] } };

/** The workshop worksheet (print it or copy its questions) and the facilitator's notes. */
export const WorksheetAndNotes: Story = {
  args: { notes: true, selected: PRACTICE_IDS[2], id: 'fasilitator' },
};

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark', selected: CORE_ID } };
