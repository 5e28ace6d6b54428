import { expect, waitUntil } from '@open-wc/testing';
import { PRACTICE_IDS } from '../../src/model/types.js';
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
    video.muted = true;
    video.load();
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

  it('links to the page where a film is published', async () => {
    const model = await renderModel(900, { selected: PRACTICE_IDS[3] });
    const link = filmRoot(model).querySelector('a')!;
    expect(link.href).to.match(/^https:\/\/arbeidsgiver\.dfo\.no\//);
    expect(link.textContent).to.contain('arbeidsgiver.dfo.no');
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
