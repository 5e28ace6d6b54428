import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb/content.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { captureConsole } from '../support/console.js';
import { filmRoot, panelRoot, partsOf, ModelHarness } from '../support/model.js';

const captureErrors = (run: () => Promise<void>) => captureConsole('error', run);

async function modelWithSrc(src: string, selected = 'tillit-og-risikovilje'): Promise<InnovasjonModell> {
  const box = await fixture(html`<div style="width: 900px">
    <innovasjon-modell src=${src} selected=${selected}></innovasjon-modell>
  </div>`);
  const model = box.querySelector('innovasjon-modell')!;
  await model.updateComplete;
  return model;
}

const problemLines = (model: InnovasjonModell) =>
  [...(model.shadowRoot!.querySelector('[role="alert"]')?.querySelectorAll('li') ?? [])].map((li) => li.textContent);

describe('<innovasjon-modell>: content from the page', () => {
  it('lays a partial JSON file from src over the built-in content', async () => {
    const model = await modelWithSrc('/test/fixtures/partial-content.json');
    const root = panelRoot(model);
    expect([...root.querySelectorAll('ul.questions')][1].textContent).to.contain('Hva tør vi prøve neste uke?');
    // What the file leaves out stays as built in.
    expect(root.querySelector('.intro')!.textContent).to.equal(nb.practices[1].intro);
    expect([...root.querySelectorAll('ul.questions')][0].querySelectorAll('li')).to.have.length(
      nb.practices[1].questions.self.length,
    );
    expect(filmRoot(model).querySelector('video source')!.getAttribute('src')).to.equal('/assets/sample-film/sample-film.webm');
    expect(partsOf(model)).to.have.length(5);
  });

  it('reports a file that is not there, in the element and the console, and keeps the model usable', async () => {
    let model!: InnovasjonModell;
    const errors = await captureErrors(async () => {
      model = await modelWithSrc('/test/fixtures/finnes-ikke.json');
      await waitUntil(() => problemLines(model).length > 0, 'the problem is shown');
    });
    expect(problemLines(model)).to.deep.equal(['src: could not load "/test/fixtures/finnes-ikke.json" (HTTP 404)']);
    expect(errors.join('\n')).to.contain('HTTP 404');
    expect(new ModelHarness(model).heading).to.equal(nb.practices[1].title);
  });

  it('reports a file that is not valid JSON', async () => {
    let model!: InnovasjonModell;
    await captureErrors(async () => {
      model = await modelWithSrc('/test/fixtures/broken.json');
      await waitUntil(() => problemLines(model).length > 0);
    });
    expect(problemLines(model)[0]).to.match(/^src: "\/test\/fixtures\/broken.json" is not valid JSON \(/);
  });

  it('reports content of the wrong shape with the paths of the problems', async () => {
    let model!: InnovasjonModell;
    await captureErrors(async () => {
      model = await modelWithSrc('/test/fixtures/wrong-schema.json');
      await waitUntil(() => problemLines(model).length > 0);
    });
    expect(problemLines(model)).to.deep.equal([
      'title: expected a non-empty text, found a number',
      'practices[1].questions.self: expected a list of at least 1, found a list of 0',
    ]);
  });

  it('reads inline JSON from a child script', async () => {
    const box = await fixture(html`<div style="width: 900px">
      <innovasjon-modell selected="kjerne">
        <script type="application/json">
          { "core": { "title": "Vår kultur", "values": [{ "id": "mot", "text": "Vi sier fra når noe ikke virker." }] } }
        </script>
      </innovasjon-modell>
    </div>`);
    const model = box.querySelector('innovasjon-modell')!;
    await model.updateComplete;
    const root = panelRoot(model);
    expect(root.querySelector('h2')!.textContent).to.equal('Vår kultur');
    expect([...root.querySelectorAll('dd')][1].textContent).to.equal('Vi sier fra når noe ikke virker.');
    expect([...root.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Nysgjerrighet', 'Mot', 'Åpenhet']);
  });

  it('names a misspelt field in inline JSON instead of dropping it without a word', async () => {
    let model!: InnovasjonModell;
    const errors = await captureErrors(async () => {
      const box = await fixture(html`<div style="width: 900px">
        <innovasjon-modell selected="muligheter-og-retning">
          <script type="application/json">
            { "practices": [{ "id": "muligheter-og-retning", "questions": { "alone": ["Hva ser du?"] } }] }
          </script>
        </innovasjon-modell>
      </div>`);
      model = box.querySelector('innovasjon-modell')!;
      await model.updateComplete;
    });
    const line = 'practices[0].questions.alone: expected one of the fields self, team, leaders, found a field of another name';
    expect(problemLines(model)).to.deep.equal([line]);
    expect(errors.join('\n')).to.contain(line);
    // The practice falls back to the built-in one, so the panel still has all its questions.
    expect(panelRoot(model).querySelectorAll('ul.questions')).to.have.length(3);
  });

  it('never shows stale content when src changes while a fetch is in flight', async () => {
    const model = await modelWithSrc('');
    model.src = '/delay/600/test/fixtures/wrong-schema.json';
    await model.updateComplete;
    model.src = '/test/fixtures/partial-content.json';
    await model.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 900)); // the slow answer has come and gone
    await model.updateComplete;
    expect(problemLines(model)).to.deep.equal([]);
    expect([...panelRoot(model).querySelectorAll('ul.questions')][1].textContent).to.contain('Hva tør vi prøve neste uke?');
  });

  it('aborts a fetch in flight when the element leaves the page', async () => {
    const model = await modelWithSrc('');
    const aborted: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input, init) => {
      init?.signal?.addEventListener('abort', () => aborted.push(String(input)));
      return originalFetch(input, init);
    };
    try {
      model.src = '/delay/800/test/fixtures/partial-content.json';
      await waitUntil(() => model.shadowRoot!.querySelector('.layout[aria-busy="true"]'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      model.remove();
    } finally {
      window.fetch = originalFetch;
    }
    expect(aborted).to.deep.equal(['/delay/800/test/fixtures/partial-content.json']);
  });
});
