import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en/content.js';
import { nb } from '../../src/i18n/nb/content.js';
import { nn } from '../../src/i18n/nn/content.js';
import { DFO_FILM_PAGE } from '../../src/i18n/dfo-film-page.js';
import { PRACTICE_IDS, type LinkFilmSource } from '../../src/model/types.js';
import { contentWithFilms } from '../fixtures/content.js';
import { deepActiveElement, filmRoot, realClick, renderModel } from '../support/model.js';
import { captureConsole } from '../support/console.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';

async function modelWithFilms(selected: string): Promise<InnovasjonModell> {
  const model = await renderModel(900);
  model.content = contentWithFilms();
  model.selected = selected as InnovasjonModell['selected'];
  await model.updateComplete;
  return model;
}

/**
 * Waits until the browser has chosen the film's source, as it has long before a viewer can press
 * play (WebKitGTK's player stalls on a play() in the same moment as the video's insertion).
 */
const sourceChosen = (video: HTMLVideoElement) =>
  waitUntil(
    () => video.networkState === HTMLMediaElement.NETWORK_LOADING || video.networkState === HTMLMediaElement.NETWORK_IDLE,
    'the film source is chosen',
  );

const thirdPartyRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /youtube|vimeo|ytimg|googlevideo/.test(url));

describe('<innovasjon-modell>: films', () => {
  it('plays a self-hosted film in <video controls> with caption tracks that load', async () => {
    const model = await modelWithFilms(PRACTICE_IDS[0]);
    const root = filmRoot(model);
    const video = root.querySelector('video')!;
    expect(video.controls).to.equal(true);
    expect(video.getAttribute('preload')).to.equal('none');
    const tracks = [...video.querySelectorAll('track')];
    expect(tracks.map((t) => [t.kind, t.srclang])).to.deep.equal([
      ['captions', 'nb'],
      ['captions', 'nn'],
      ['captions', 'en'],
    ]);
    expect(tracks[0].default).to.equal(true);
    // Safari lets the viewer's caption settings decide, and may leave even the default track off
    // until the viewer picks it from the player's menu, as this does.
    video.muted = true;
    video.load();
    await sourceChosen(video);
    if (tracks[0].track.mode === 'disabled') tracks[0].track.mode = 'showing';
    await waitUntil(() => tracks[0].readyState === HTMLTrackElement.LOADED, 'the nb captions load', {
      timeout: 5000,
    });
    expect(tracks[0].track.cues!.length).to.equal(3);
    expect((tracks[0].track.cues![0] as VTTCue).text).to.equal('Dette er en kort eksempelfilm.');
    await waitUntil(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, 'metadata loads', {
      timeout: 5000,
    });
    expect(Math.round(video.duration)).to.equal(6);
    expect(root.querySelector('figcaption')!.textContent).to.contain('(6 s)');
  });

  it('warns in the console when a self-hosted film has no captions, and still plays it', async () => {
    const model = await renderModel(900);
    const content = contentWithFilms();
    (content.practices[0].film.source as { tracks: unknown[] }).tracks = [];
    const warnings = await captureConsole('warn', async () => {
      model.content = content;
      model.selected = PRACTICE_IDS[0];
      await model.updateComplete;
    });
    expect(warnings.join('\n')).to.contain('practices[0].film.source.tracks: expected at least one caption track (WCAG 1.2.2)');
    expect(filmRoot(model).querySelector('video')).to.exist;
  });

  it('fires innovasjon-film-start once when the viewer plays a self-hosted film', async () => {
    const model = await modelWithFilms(PRACTICE_IDS[0]);
    const starts: unknown[] = [];
    document.addEventListener('innovasjon-film-start', (event) => starts.push((event as CustomEvent).detail));
    const video = filmRoot(model).querySelector('video')!;
    await sourceChosen(video);
    video.muted = true;
    await video.play();
    video.pause();
    await video.play();
    video.pause();
    await waitUntil(() => starts.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(starts).to.deep.equal([{ title: 'Eksempelfilm', kind: 'file' }]);
  });

  it('opens the transcript under the film', async () => {
    const model = await modelWithFilms(PRACTICE_IDS[0]);
    const details = filmRoot(model).querySelector('details')!;
    expect(details.open).to.equal(false);
    await realClick(details.querySelector('summary')!);
    expect(details.open).to.equal(true);
    expect(details.querySelectorAll('p')).to.have.length(2);
  });

  it('requests nothing from YouTube before play is pressed, then loads youtube-nocookie', async () => {
    const before = thirdPartyRequests().length;
    const model = await modelWithFilms(PRACTICE_IDS[1]);
    let started: unknown;
    model.addEventListener('innovasjon-film-start', (event) => (started = event.detail));
    const root = filmRoot(model);
    expect(root.querySelector('iframe')).to.equal(null);
    expect(thirdPartyRequests().length).to.equal(before);
    const button = root.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).to.contain('YouTube');
    await realClick(button);
    await model.updateComplete;
    const iframe = root.querySelector('iframe')!;
    const src = new URL(iframe.src);
    expect(src.origin).to.equal('https://www.youtube-nocookie.com');
    expect(src.pathname).to.equal('/embed/dQw4w9WgXcQ');
    expect(iframe.title).to.equal('Film på YouTube');
    expect(iframe.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    expect(deepActiveElement()).to.equal(iframe);
    expect(started).to.deep.equal({ title: 'Film på YouTube', kind: 'youtube' });
    iframe.remove(); // the test machine has no network; do not let it try
  });

  it('loads Vimeo only on request, with dnt=1, and shows the duration', async () => {
    const model = await modelWithFilms(PRACTICE_IDS[2]);
    const root = filmRoot(model);
    expect(root.querySelector('iframe')).to.equal(null);
    expect(root.querySelector('figcaption')!.textContent).to.contain('2 min 30 s');
    await realClick(root.querySelector('button')!);
    await model.updateComplete;
    const iframe = root.querySelector('iframe')!;
    expect(iframe.src).to.match(/^https:\/\/player\.vimeo\.com\/video\/76979871\?.*dnt=1/);
    iframe.remove();
  });

  it('switching to another film starts it unloaded again', async () => {
    const model = await modelWithFilms(PRACTICE_IDS[1]);
    await realClick(filmRoot(model).querySelector('button')!);
    await model.updateComplete;
    filmRoot(model).querySelector('iframe')!.remove();
    model.selected = PRACTICE_IDS[2];
    await model.updateComplete;
    expect(filmRoot(model).querySelector('iframe')).to.equal(null);
    expect(filmRoot(model).querySelector('button')!.textContent).to.contain('Vimeo');
  });
});

describe('<innovasjon-modell>: film links', () => {
  /** The open practice's film link and the film's whole text, as read. */
  const filmLink = (model: InnovasjonModell) => {
    const root = filmRoot(model);
    return { link: root.querySelector('a')!, text: root.textContent!.replace(/\s+/g, ' ').trim() };
  };

  /** Bokmål content whose last practice links to the given page. */
  async function modelLinkingTo(source: LinkFilmSource, title = 'Vår film om læring'): Promise<InnovasjonModell> {
    const model = await renderModel(900);
    const content = structuredClone(nb);
    content.practices[3].film = { title, source };
    model.content = content;
    model.selected = PRACTICE_IDS[3];
    await model.updateComplete;
    return model;
  }

  const BUILT_IN = [
    { lang: 'nb', content: nb, text: 'Finn filmen på DFØs side om modellen' },
    { lang: 'nn', content: nn, text: 'Finn filmen på sida til DFØ om modellen (på bokmål)' },
    { lang: 'en', content: en, text: 'Find the film on DFØ’s page about the model (in Norwegian)' },
  ];
  for (const { lang, content, text } of BUILT_IN) {
    it(`${lang}: a built-in film says it is found on DFØ's page, names the page's language, and shows no title`, async () => {
      for (const [index, id] of PRACTICE_IDS.entries()) {
        const model = await renderModel(900, { lang, selected: id });
        const { link, text: filmText } = filmLink(model);
        expect(link.textContent!.trim(), id).to.equal(text);
        expect(link.href).to.equal(DFO_FILM_PAGE.href);
        expect(link.hreflang).to.equal('nb');
        // The link is all the film section says: no title under it, and none in it.
        expect(filmText, id).to.equal(text);
        expect(filmText).not.to.contain(content.practices[index].film.title);
      }
    });
  }

  it('a link to a film\'s own page names the film once, in the link, and the site', async () => {
    const model = await modelLinkingTo({ kind: 'link', href: 'https://video.kommune.example/var-film' });
    const { link, text } = filmLink(model);
    expect(link.textContent!.trim()).to.equal('Se «Vår film om læring» på video.kommune.example');
    expect(text.split('Vår film om læring')).to.have.length(2);
    expect(link.hasAttribute('hreflang')).to.equal(false);
  });

  it('says the page\'s language only when it is not the element\'s, and sets hreflang', async () => {
    const cases: Array<[string, string]> = [
      ['nb', ''],
      ['nb-NO', ''],
      ['no', ''],
      ['nn', ' (på nynorsk)'],
      ['en', ' (på engelsk)'],
      ['de', ' (på tysk)'],
    ];
    for (const [lang, note] of cases) {
      const model = await modelLinkingTo({ kind: 'link', href: 'https://video.kommune.example/', lang, label: 'Finn filmen i videoarkivet' });
      const { link, text } = filmLink(model);
      expect(link.textContent!.trim(), lang).to.equal(`Finn filmen i videoarkivet${note}`);
      expect(link.getAttribute('hreflang'), lang).to.equal(lang);
      expect(text, lang).not.to.contain('Vår film om læring');
    }
  });

  it('a page\'s own link laid over a built-in one keeps none of its text or language', async () => {
    const box = await fixture(html`<div style="width: 900px">
      <innovasjon-modell lang="nn" selected=${PRACTICE_IDS[0]}>
        <script type="application/json">
          { "practices": [{ "id": "${PRACTICE_IDS[0]}", "film": { "title": "Filmen vår", "source": { "kind": "link", "href": "https://video.kommune.example/filmen-var" } } }] }
        </script>
      </innovasjon-modell>
    </div>`);
    const model = box.querySelector('innovasjon-modell')!;
    await model.updateComplete;
    const { link } = filmLink(model);
    expect(link.textContent!.trim()).to.equal('Sjå «Filmen vår» på video.kommune.example');
    expect(link.hasAttribute('hreflang')).to.equal(false);
  });

});

describe('<innovasjon-modell>: film hosts', () => {
  const HOST = {
    name: 'Kommunens videoportal',
    idPattern: /^[a-z0-9]{8}$/,
    embedUrl: (id: string) => `https://video.kommune.example/embed/${id}`,
    allow: 'fullscreen',
  };

  it('rejects a host it does not know, naming the ones it does; allows it once registered', async () => {
    const model = await renderModel(900);
    const content = contentWithFilms();
    content.practices[3].film = { title: 'Fra portalen', source: { kind: 'videoportal', videoId: 'abcd1234' } };
    const errors = await captureConsole('error', async () => {
      model.content = structuredClone(content);
      await model.updateComplete;
    });
    expect(errors.join('\n')).to.contain('practices[3].film.source.kind: expected one of the film sources "file", "link", "youtube", "vimeo"');

    const Model = customElements.get('innovasjon-modell') as unknown as {
      registerFilmHost: (kind: string, host: typeof HOST) => Promise<void>;
    };
    await Model.registerFilmHost('videoportal', HOST);
    model.content = structuredClone(content);
    model.selected = PRACTICE_IDS[3];
    await model.updateComplete;
    const root = filmRoot(model);
    expect(root.querySelector('iframe')).to.equal(null);
    expect(root.querySelector('button')!.textContent).to.contain('Kommunens videoportal');
    await realClick(root.querySelector('button')!);
    await model.updateComplete;
    const iframe = root.querySelector('iframe')!;
    expect(iframe.src).to.equal('https://video.kommune.example/embed/abcd1234');
    expect(iframe.getAttribute('allow')).to.equal('fullscreen');
    iframe.remove();
  });

  it('refuses a host that would embed from http:, or take a kind that is taken', async () => {
    const Model = customElements.get('innovasjon-modell') as unknown as {
      registerFilmHost: (kind: string, host: typeof HOST) => Promise<void>;
    };
    const refused = async (kind: string, host: typeof HOST) => {
      try {
        await Model.registerFilmHost(kind, host);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(await refused('usikker', { ...HOST, embedUrl: (id) => `http://video.example/${id}` })).to.contain('https:');
    expect(await refused('youtube', HOST)).to.contain('taken');
    expect(await refused('file', HOST)).to.contain('taken');
  });
});
