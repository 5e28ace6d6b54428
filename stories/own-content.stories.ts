import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { nb } from '../src/i18n/nb/content.js';
import { PRACTICE_IDS, type ModelContent } from '../src/model/types.js';
import { featureParameters, modelMeta, snippet, type ModelArgs } from './support/model-story.js';

const meta: Meta<ModelArgs> = {
  ...modelMeta,
  title: 'innovasjon-modell/Own content',
  tags: ['autodocs'],
  parameters: featureParameters(
    `Give only what differs from the built-in content, such as your own films or questions: in a JSON
file (\`src\`), in a \`<script type="application/json">\` inside the element, or as the \`content\`
property. Files and inline JSON are laid over the built-in content (objects by key, practices by
\`id\`). The schema is \`innovasjon-modell/schema.json\` in the package. While a file loads, a light
placeholder holds the diagram's place.`,
  ),
};
export default meta;

type Story = StoryObj<ModelArgs>;

const SAMPLE_FILM = 'assets/sample-film/sample-film';

/** A JSON file with one practice's own film (self-hosted, with captions) and new team questions. */
export const FromAJsonFile: Story = {
  args: { src: 'content/egne-filmer.json', selected: PRACTICE_IDS[1] },
  parameters: snippet(`
<innovasjon-modell src="/innhold/egne-filmer.json"></innovasjon-modell>

<!-- /innhold/egne-filmer.json: only what differs -->
{
  "practices": [
    {
      "id": "tillit-og-risikovilje",
      "film": {
        "title": "Vår egen film om tillit",
        "source": {
          "kind": "file",
          "src": "/filmer/tillit.webm",
          "type": "video/webm",
          "tracks": [{ "src": "/filmer/tillit.nb.vtt", "srclang": "nb", "label": "Norsk (bokmål)", "default": true }]
        }
      },
      "questions": { "team": ["Hva tør vi prøve neste uke?"] }
    }
  ]
}`),
};

const INLINE = {
  practices: [
    {
      id: PRACTICE_IDS[0],
      questions: { self: ['Hvilken mulighet ser du nå som ingen har tatt tak i?', 'Hva trenger teamet ditt å høre fra deg om retningen?'] },
    },
  ],
};

/** Inline JSON, for a CMS where an editor can only paste HTML. */
export const InlineJson: Story = {
  args: { selected: PRACTICE_IDS[0] },
  // Built with the DOM: a template cannot put a value inside <script>.
  render: ({ selected, width }) => {
    const box = document.createElement('div');
    box.style.maxWidth = `${width}px`;
    const model = box.appendChild(document.createElement('innovasjon-modell'));
    model.id = 'modell';
    model.setAttribute('selected', selected);
    const json = model.appendChild(document.createElement('script'));
    json.type = 'application/json';
    json.textContent = JSON.stringify(INLINE, null, 2);
    return box;
  },
  parameters: snippet(`
<innovasjon-modell>
  <script type="application/json">
    { "practices": [{ "id": "${PRACTICE_IDS[0]}",
        "questions": { "self": ["Hvilken mulighet ser du nå som ingen har tatt tak i?"] } }] }
  </script>
</innovasjon-modell>`),
};

/** Whole content as a property, from a script or an app: here with a YouTube film, loaded only on play. */
function contentWithYouTube(): ModelContent {
  const content = structuredClone(nb);
  content.practices[2].film = {
    title: 'Film fra YouTube (lastes først når du trykker)',
    source: { kind: 'youtube', videoId: 'aqz-KE-bpKQ' },
  };
  content.practices[1].film = {
    title: 'Vår egen film om tillit',
    durationSeconds: 6,
    source: {
      kind: 'file',
      src: `${SAMPLE_FILM}.webm`,
      type: 'video/webm',
      poster: `${SAMPLE_FILM}.poster.webp`,
      tracks: [
        { src: `${SAMPLE_FILM}.nb.vtt`, srclang: 'nb', label: 'Norsk (bokmål)', default: true },
        { src: `${SAMPLE_FILM}.nn.vtt`, srclang: 'nn', label: 'Norsk (nynorsk)' },
        { src: `${SAMPLE_FILM}.en.vtt`, srclang: 'en', label: 'English' },
      ],
    },
    transcript: ['Dette er en kort eksempelfilm.', 'Den viser hvordan teksting fungerer.', 'Du kan slå tekstingen av og på.'],
  };
  return content;
}

export const ContentProperty: Story = {
  args: { selected: PRACTICE_IDS[2], content: contentWithYouTube() },
  parameters: snippet(
    `
import { defaultContent } from 'innovasjon-modell';

const content = structuredClone(defaultContent);
content.practices[2].film = {
  title: 'Vår film om samarbeid',
  source: { kind: 'youtube', videoId: 'aqz-KE-bpKQ' }, // loaded only when the viewer presses play
};
document.querySelector('innovasjon-modell').content = content;`,
    'js',
  ),
};
