import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { en } from '../../src/i18n/en/content.js';
import { nb } from '../../src/i18n/nb/content.js';
import { nn } from '../../src/i18n/nn/content.js';
import { AUDIENCES, CORE_ID, type ModelContent } from '../../src/model/types.js';
import { contentWithFilms } from '../fixtures/content.js';
import { misfits, smallestText } from '../support/fit.js';
import { setViewportSize } from '../support/input.js';
import { ModelHarness } from '../support/model-harness.js';
import '../../src/define.js';

/** The screens presenters meet: an old projector, a 720p one, and full HD. */
const SCREENS: Array<[number, number]> = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
];

const barOf = (model: InnovasjonModell) => model.shadowRoot!.querySelector('innovasjon-modell-presenter-bar')!;
const counterOf = (model: InnovasjonModell) => barOf(model).shadowRoot!.querySelector('.counter')!.textContent!;
const totalOf = (model: InnovasjonModell) => Number(counterOf(model).split(' / ')[1]);

/** An element presenting with a questions step after each practice, filling the viewport. */
async function present(lang = 'nb', content?: ModelContent, hash = ''): Promise<InnovasjonModell> {
  const box = await fixture(html`<div>
    <innovasjon-modell id="modell-fit" lang=${lang} present-questions ?deep-link=${!!hash} .content=${content}></innovasjon-modell>
  </div>`);
  const model = box.querySelector('innovasjon-modell')!;
  // No full screen: it would change the screen's size halfway through (a click of an earlier
  // test may still count as the viewer's action); sizes here are set, one by one.
  Object.defineProperty(model, 'requestFullscreen', { value: undefined, configurable: true });
  model.presenting = true;
  await waitUntil(() => barOf(model)?.shadowRoot?.querySelector('.counter'), 'the step bar loads');
  await model.updateComplete;
  return model;
}

interface Seen {
  part: string;
  questions: boolean;
  text: string[];
  asked: string[];
}

/**
 * Walks every step and checks, in the page, that it fits the screen: every text box inside the
 * viewport, no box that scrolls to hide text, body text at least 2.2 % of the screen's height
 * and the step bar's at least 1.5 %. Returns what each step showed.
 */
async function walkAndMeasure(model: InnovasjonModell, label: string): Promise<Seen[]> {
  const harness = new ModelHarness(model);
  const bar = barOf(model);
  const total = totalOf(model);
  const seen: Seen[] = [];
  for (let step = 1; step <= total; step++) {
    const where = `${label}, step ${step} of ${total} (${model.selected || 'overview'})`;
    expect(counterOf(model), where).to.equal(`${step} / ${total}`);
    expect(misfits(model), where).to.deep.equal([]);
    const body = smallestText(model, (element) => element.getRootNode() !== bar.shadowRoot);
    expect(body.share, `${where}: «${body.text}»`).to.be.at.least(0.022);
    expect(smallestText(bar).share, `${where}: the step bar`).to.be.at.least(0.015);
    const panel = harness.panel;
    seen.push({
      part: model.selected,
      questions: !!panel?.shadowRoot?.querySelector('.questions-view'),
      text: panel ? harness.panelText() : [],
      asked: panel ? harness.questions() : [],
    });
    await harness.step(1);
  }
  return seen;
}

/** What the steps of one part showed, in order. */
function shownOf(seen: Seen[], part: string, questions: boolean) {
  const steps = seen.filter((step) => step.part === part && step.questions === questions);
  return { steps: steps.length, text: steps.flatMap((step) => step.text), asked: steps.flatMap((step) => step.asked) };
}

/** Every step shows all of its part, once each, in order, across its pages. */
function expectWholeParts(seen: Seen[], content: ModelContent, where: string): void {
  expect(shownOf(seen, CORE_ID, false).text, `${where}: the core`).to.deep.equal(content.core.body);
  for (const practice of content.practices) {
    const text = shownOf(seen, practice.id, false);
    expect(text.text, `${where}: ${practice.id}`).to.deep.equal([practice.intro, ...practice.body]);
    expect(text.asked, `${where}: ${practice.id} leaves its questions to its questions step`).to.deep.equal([]);
    const questions = shownOf(seen, practice.id, true);
    expect(questions.steps, `${where}: ${practice.id}'s questions`).to.be.at.least(1);
    expect(questions.asked, `${where}: ${practice.id}'s questions`).to.deep.equal(AUDIENCES.flatMap((audience) => practice.questions[audience]));
  }
}

describe('<innovasjon-modell>: presenter mode fits every step to the screen', () => {
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    await setViewportSize(1280, 900);
  });

  for (const [width, height] of SCREENS) {
    it(`at ${width}×${height}: every step inside the screen, nothing scrolls, text large enough, every text on some step`, async function () {
      this.timeout(60000);
      await setViewportSize(width, height);
      const model = await present();
      const seen = await walkAndMeasure(model, `${width}×${height}`);
      expectWholeParts(seen, nb, `${width}×${height}`);
    });
  }

  for (const [lang, content] of [
    ['nn', nn],
    ['en', en],
  ] as const) {
    it(`in ${lang} too, at 1024×768, the smallest screen`, async function () {
      this.timeout(60000);
      await setViewportSize(1024, 768);
      const model = await present(lang);
      expectWholeParts(await walkAndMeasure(model, lang), content, lang);
    });
  }

  it('fits films of every kind, and the page\'s own long texts, splitting them but never shrinking them', async function () {
    this.timeout(60000);
    await setViewportSize(1280, 720);
    const content = contentWithFilms();
    content.practices[2].body = [...content.practices[2].body, ...content.practices[2].body, ...content.practices[2].body];
    content.practices[3].questions.self = Array.from({ length: 12 }, (_, index) => `Spørsmål nummer ${index + 1}: hva har du lært av det siste forsøket ditt?`);
    const model = await present('nb', content);
    expectWholeParts(await walkAndMeasure(model, 'own content'), content, 'own content');
  });

  it('follows a new screen size: the same part stays shown, and the steps are counted again', async function () {
    this.timeout(30000);
    await setViewportSize(1920, 1080);
    const model = await present();
    const harness = new ModelHarness(model);
    const wide = totalOf(model);
    while (model.selected !== 'tillit-og-risikovilje') await harness.step(1);
    await setViewportSize(1024, 768);
    await waitUntil(() => totalOf(model) !== wide, 'the steps are counted again');
    await model.updateComplete;
    expect(totalOf(model)).to.be.above(wide);
    expect(model.selected).to.equal('tillit-og-risikovilje');
    expect(misfits(model)).to.deep.equal([]);
  });

  it('opens a link to a questions step at that step\'s first page', async () => {
    await setViewportSize(1024, 768);
    history.replaceState(null, '', '#modell-fit=tillit-og-risikovilje/sporsmal');
    try {
      const model = await present('nb', undefined, 'linked');
      await waitUntil(() => model.selected === 'tillit-og-risikovilje');
      await model.updateComplete;
      const status = barOf(model).shadowRoot!.querySelector('[role="status"]')!.textContent!;
      expect(status).to.match(/^Trinn \d+ av \d+: Spørsmål: Vise tillit og risikovilje$/);
      const harness = new ModelHarness(model);
      expect(harness.questions()[0]).to.equal(nb.practices[1].questions.self[0]);
      // The step before is the practice's text: this is the questions' first page.
      await harness.step(-1);
      expect(harness.panel!.shadowRoot!.querySelector('.questions-view')).to.equal(null);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
