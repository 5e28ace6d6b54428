import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { InnovasjonModell } from '../src/components/innovasjon-modell/innovasjon-modell.js';
import { PRACTICE_IDS } from '../src/model/types.js';
import { featureParameters, modelMeta, renderModel, snippet, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Export the figure',
  tags: ['autodocs'],
  parameters: featureParameters(
    `«Last ned figuren» under the diagram offers a PNG (for slides and documents), an SVG (sharp at
any size) and a copy of the image. The file is the figure as the viewer sees it: its language, its
colours (light, dark, your tokens) and the open part highlighted. \`exportFigure()\` gives a page the
same file as a \`Blob\`. Each export by the viewer fires \`innovasjon-export\` (see the **Actions**
panel). Nothing is sent anywhere, and a strict Content Security Policy needs no extra source.`,
  ),
};
export default meta;

type Story = StoryObj<ModelArgs>;

/** Open a part, then «Last ned figuren»: the file shows that part highlighted. */
export const DownloadOrCopy: Story = {
  args: { selected: PRACTICE_IDS[1] },
  parameters: snippet(`<innovasjon-modell selected="${PRACTICE_IDS[1]}"></innovasjon-modell>`),
};

/** The state goes into the file: here nynorsk, the dark theme and an open part. */
export const NynorskDark: Story = {
  args: { lang: 'nn', theme: 'dark', selected: PRACTICE_IDS[3] },
  parameters: snippet(`<innovasjon-modell lang="nn" theme="dark" selected="${PRACTICE_IDS[3]}"></innovasjon-modell>`),
};

/**
 * A page's own buttons, with \`exportFigure()\`: the file comes back as a \`Blob\`, here shown
 * below as a preview. A page that shows the file like this under a strict CSP needs
 * \`img-src 'self' blob:\`; the element itself needs nothing more.
 */
export const FromThePage: Story = {
  args: { selected: PRACTICE_IDS[0] },
  render: (args) => {
    const preview = async (event: Event, options: Parameters<InnovasjonModell['exportFigure']>[0]) => {
      const story = (event.currentTarget as HTMLElement).closest('.export-story')!;
      const image = story.querySelector('img')!;
      const file = await story.querySelector('innovasjon-modell')!.exportFigure(options);
      URL.revokeObjectURL(image.src);
      image.src = URL.createObjectURL(file);
      image.hidden = false;
      story.querySelector('output')!.textContent = `${file.type}, ${Math.round(file.size / 1024)} kB`;
    };
    return html`<div class="export-story">
      ${renderModel(args)}
      <p>
        <button type="button" @click=${(event: Event) => preview(event, { format: 'png' })}>PNG</button>
        <button type="button" @click=${(event: Event) => preview(event, { format: 'png', background: 'transparent', scale: 3 })}>
          PNG, transparent, 3×
        </button>
        <button type="button" @click=${(event: Event) => preview(event, { format: 'svg' })}>SVG</button>
        <output aria-live="polite"></output>
      </p>
      <img hidden alt="The exported figure" style="max-width: 320px; border: 1px dashed #888" />
    </div>`;
  },
  parameters: snippet(
    `
const model = document.querySelector('innovasjon-modell');
const png = await model.exportFigure({ format: 'png' });                      // at least 1,600 px wide
const svg = await model.exportFigure({ format: 'svg' });                      // text as text
const clear = await model.exportFigure({ format: 'png', background: 'transparent', scale: 3 });
model.addEventListener('innovasjon-export', (event) => analytics.track('export', event.detail));`,
    'js',
  ),
};
