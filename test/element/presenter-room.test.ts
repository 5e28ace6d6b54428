import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { nb } from '../../src/i18n/nb/content.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import { misfits } from '../support/fit.js';
import { setViewportSize } from '../support/input.js';
import { ModelHarness, deepActiveElement, presentButton, realClick } from '../support/model.js';
import { decodeQrSvg } from '../support/qr.js';

const TILLIT = PRACTICE_IDS[1];

const inner = (model: InnovasjonModell, tag: string) => model.shadowRoot!.querySelector(tag)!;
const barOf = (model: InnovasjonModell) => inner(model, 'innovasjon-modell-presenter-bar').shadowRoot!;
const counterOf = (model: InnovasjonModell) => barOf(model).querySelector('.counter')!.textContent;
/** A screen over the presentation (black screen, QR code, keys): its dialog, open or not. */
const dialogOf = (model: InnovasjonModell, name: 'blackout' | 'qr' | 'help') =>
  inner(model, `innovasjon-modell-presenter-${name}`).shadowRoot!.querySelector('dialog')!;
const timerOf = (model: InnovasjonModell) => model.shadowRoot!.querySelector('innovasjon-modell-presenter-timer')!;

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

/**
 * No full screen for this element: a click of an earlier test may still count as the viewer's
 * action, and full screen would then change the screen's size (and the steps) halfway through a
 * test, and take Escape for itself.
 */
function keepViewport(model: InnovasjonModell): void {
  Object.defineProperty(model, 'requestFullscreen', { value: undefined, configurable: true });
}

/** An element in the page, presenting; `attributes` as the page would write them. */
async function present(
  options: { id?: string; deepLink?: boolean; questions?: boolean; selected?: string; lang?: string } = {},
): Promise<InnovasjonModell> {
  await setViewportSize(1280, 720);
  const box = await fixture(html`<div>
    <innovasjon-modell
      id=${options.id ?? 'modell-qr'}
      lang=${options.lang ?? 'nb'}
      selected=${options.selected ?? ''}
      ?deep-link=${options.deepLink ?? true}
      ?present-questions=${options.questions ?? false}
    ></innovasjon-modell>
  </div>`);
  const model = box.querySelector('innovasjon-modell')!;
  if (options.id === '') model.removeAttribute('id');
  await model.updateComplete;
  keepViewport(model);
  model.presenting = true;
  await waitUntil(() => inner(model, 'innovasjon-modell-presenter-bar')?.shadowRoot?.querySelector('.counter'), 'the step bar loads');
  await waitUntil(() => customElements.get('innovasjon-modell-presenter-qr'), 'the screens load');
  await model.updateComplete;
  return model;
}

async function press(model: InnovasjonModell, key: string): Promise<void> {
  await sendKeys({ press: key });
  await model.updateComplete;
}

/** Runs `act`, and tells whether the element stepped meanwhile. */
async function stepsDuring(model: InnovasjonModell, act: () => Promise<void>): Promise<boolean> {
  let stepped = false;
  const listener = () => (stepped = true);
  model.addEventListener('innovasjon-step', listener);
  try {
    await act();
  } finally {
    model.removeEventListener('innovasjon-step', listener);
  }
  return stepped;
}

/** Steps until the element shows `part` (and its questions, with `questions`). */
async function stepTo(model: InnovasjonModell, part: string, questions = false): Promise<void> {
  const harness = new ModelHarness(model);
  for (let i = 0; i < 60 && !(model.selected === part && !!harness.panel?.shadowRoot?.querySelector('.questions-view') === questions); i++) {
    await harness.step(1);
  }
  expect(model.selected).to.equal(part);
}

/** The element at the middle of the screen, through shadow roots and the top layer. */
function elementAtMiddle(): Element | null {
  let element = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
  while (element?.shadowRoot) {
    const deeper = element.shadowRoot.elementFromPoint(innerWidth / 2, innerHeight / 2);
    if (!deeper || deeper === element) break;
    element = deeper;
  }
  return element;
}

describe('<innovasjon-modell>: presenter mode in the meeting room', () => {
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
    clearHash();
  });

  describe('black screen', () => {
    it('B turns the screen black, says so to a screen reader, and any key brings it back without stepping', async () => {
      const model = await present();
      await stepTo(model, CORE_ID);
      const counter = counterOf(model);
      await press(model, 'b');
      const dialog = dialogOf(model, 'blackout');
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Svart skjerm');
      expect(dialog.textContent!.trim()).to.equal('Skjermen er svart. Trykk en tast eller klikk for å vise presentasjonen igjen.');
      expect(deepActiveElement(), 'the black screen has focus, so its name is read').to.equal(dialog);
      expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(0, 0, 0)');
      expect(elementAtMiddle(), 'it covers the screen').to.equal(dialog);
      expect(await stepsDuring(model, () => press(model, 'ArrowRight')), 'the key did not also step').to.equal(false);
      expect(dialog.open).to.equal(false);
      expect(counterOf(model)).to.equal(counter);
      expect(model.selected).to.equal(CORE_ID);
    });

    it('. does the same, and a click anywhere brings the screen back', async () => {
      const model = await present();
      const counter = counterOf(model);
      await press(model, '.');
      const dialog = dialogOf(model, 'blackout');
      expect(dialog.open).to.equal(true);
      const stepped = await stepsDuring(model, async () => {
        await realClick(dialog);
        await model.updateComplete;
      });
      expect(stepped).to.equal(false);
      expect(dialog.open).to.equal(false);
      expect(counterOf(model)).to.equal(counter);
    });

    it('is in the step bar too; Space on that button, once dark, brings the screen back and does not darken it again', async () => {
      const model = await present();
      const counter = counterOf(model);
      await realClick(barOf(model).querySelector<HTMLButtonElement>('button.blackout')!);
      await model.updateComplete;
      expect(dialogOf(model, 'blackout').open).to.equal(true);
      // Space ends it; its keyup then lands where focus went back, the button that darkened it.
      expect(await stepsDuring(model, () => press(model, ' '))).to.equal(false);
      expect(dialogOf(model, 'blackout').open, 'Space, down and up, ended it').to.equal(false);
      expect(counterOf(model)).to.equal(counter);
    });
  });

  describe('follow on your phone', () => {
    it('Q shows a QR code of this page at the same part, which decodes to the link, with the address under it', async () => {
      const model = await present();
      await stepTo(model, TILLIT);
      await press(model, 'q');
      const dialog = dialogOf(model, 'qr');
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Følg med på mobilen');
      const svg = dialog.querySelector<SVGSVGElement>('svg[part="qr-code"]')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('QR-kode med adressen under');
      const link = `${location.origin}${location.pathname}${location.search}#modell-qr=${TILLIT}`;
      expect(await decodeQrSvg(svg)).to.equal(link);
      expect(dialog.querySelector('figcaption')!.textContent).to.equal(link.replace(/^https?:\/\//, ''));
      // Big enough for the back of the room: most of the screen's height.
      expect(svg.getBoundingClientRect().height).to.be.at.least(innerHeight * 0.6);
      expect(misfits(dialog)).to.deep.equal([]);
    });

    it('on a questions step the code opens the same questions', async () => {
      const model = await present({ questions: true });
      await stepTo(model, TILLIT, true);
      await press(model, 'q');
      const svg = dialogOf(model, 'qr').querySelector<SVGSVGElement>('svg')!;
      expect(await decodeQrSvg(svg)).to.equal(`${location.origin}${location.pathname}${location.search}#modell-qr=${TILLIT}%2Fsporsmal`);
    });

    it('that link opens the same part, at its questions, on a fresh page; an element without an id has one too', async function () {
      this.timeout(20000);
      // The link's hash, opened on a page of its own, as a phone would.
      const model = await present({ questions: true });
      await stepTo(model, TILLIT, true);
      await press(model, 'q');
      const link = (await decodeQrSvg(dialogOf(model, 'qr').querySelector('svg')!))!;
      const hash = new URL(link).hash;
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 800px; height: 600px';
      frame.src = `/test/fixtures/deep-linked-page.html${hash}`;
      document.body.append(frame);
      try {
        await oneEvent(frame, 'load');
        const page = frame.contentWindow!;
        const opened = () => page.document.querySelector<InnovasjonModell>('#modell-qr');
        await waitUntil(() => opened()?.selected === TILLIT, 'the fresh page opens the part', { timeout: 10000 });
        await opened()!.updateComplete;
        const harness = new ModelHarness(opened()!);
        expect(harness.heading).to.equal(nb.practices[1].title);
        expect(harness.questions()[0], 'the questions are there').to.equal(nb.practices[1].questions.self[0]);
        const questions = harness.panelRoot.querySelector('[part="questions"]')!;
        await waitUntil(() => {
          const { top } = questions.getBoundingClientRect();
          return top >= -1 && top < page.innerHeight;
        }, 'the questions are brought into view');
        // The element without an id: a link under the key deep links give it.
        const other = page.document.querySelectorAll<InnovasjonModell>('innovasjon-modell')[1];
        expect(other.selected).to.equal('');
        page.location.hash = '#innovasjon-modell=kjerne';
        await waitUntil(() => other.selected === CORE_ID, 'the element without an id follows its link');
        expect(opened()!.selected, 'the other keeps its own').to.equal(TILLIT);
      } finally {
        frame.remove();
      }
    });

    it('an element without an id shows the link under «innovasjon-modell», the key its deep links use', async () => {
      const model = await present({ id: '' });
      await stepTo(model, CORE_ID);
      await press(model, 'q');
      const svg = dialogOf(model, 'qr').querySelector<SVGSVGElement>('svg')!;
      expect(await decodeQrSvg(svg)).to.equal(`${location.origin}${location.pathname}${location.search}#innovasjon-modell=kjerne`);
    });

    it('without deep links, the code opens the page itself; on the overview too', async () => {
      const model = await present({ deepLink: false });
      await stepTo(model, CORE_ID);
      await press(model, 'q');
      const svg = dialogOf(model, 'qr').querySelector<SVGSVGElement>('svg')!;
      expect(await decodeQrSvg(svg)).to.equal(`${location.origin}${location.pathname}${location.search}`);
    });

    it('a long address still fits in a code; one too long for a readable code is shown as text, with a note', async function () {
      this.timeout(20000);
      const start = location.href;
      try {
        history.replaceState(null, '', `${location.pathname}${location.search}&ref=${'a'.repeat(400)}`);
        const model = await present();
        await stepTo(model, CORE_ID);
        await press(model, 'q');
        const long = `${location.origin}${location.pathname}${location.search}#modell-qr=kjerne`;
        expect(await decodeQrSvg(dialogOf(model, 'qr').querySelector('svg')!, 6)).to.equal(long);
        await press(model, 'Escape');

        history.replaceState(null, '', `${location.pathname}${location.search}&ref=${'b'.repeat(900)}`);
        await press(model, 'q');
        const dialog = dialogOf(model, 'qr');
        expect(dialog.querySelector('svg'), 'no code').to.equal(null);
        expect(dialog.querySelector('.note')!.textContent).to.equal(
          'Adressen er for lang til en QR-kode. Skriv den inn i nettleseren på mobilen.',
        );
        expect(dialog.querySelector('.text .address')!.textContent).to.contain('b'.repeat(900));
        expect(misfits(dialog)).to.deep.equal([]);
      } finally {
        history.replaceState(null, '', start);
      }
    });

    it('keys while the code shows close it and do not step; Escape closes it and stays in presenter mode', async () => {
      const model = await present();
      await stepTo(model, CORE_ID);
      const counter = counterOf(model);
      for (const key of ['ArrowRight', ' ', 'PageDown', 'b', 'Escape']) {
        await press(model, 'q');
        expect(dialogOf(model, 'qr').open, key).to.equal(true);
        expect(await stepsDuring(model, () => press(model, key)), key).to.equal(false);
        expect(dialogOf(model, 'qr').open, key).to.equal(false);
        expect(counterOf(model), key).to.equal(counter);
        expect(dialogOf(model, 'blackout').open, key).to.equal(false);
      }
      expect(model.presenting).to.equal(true);
    });
  });

  describe('timer', () => {
    let offset = 0;
    const clock = performance.now.bind(performance);
    beforeEach(() => {
      offset = 0;
      // The countdown reads this clock; moving it on stands in for minutes passing.
      performance.now = () => clock() + offset;
    });
    afterEach(() => {
      delete (performance as Partial<Performance>).now;
    });

    const timeOf = (model: InnovasjonModell) => timerOf(model).shadowRoot!.querySelector('.time [aria-hidden]')!.textContent;
    const timerButton = (model: InnovasjonModell, name: string) =>
      timerOf(model).shadowRoot!.querySelector<HTMLButtonElement>(`button.${name}`)!;

    it('is offered on a practice\'s steps; T starts and pauses a 5-minute countdown, large and in a corner', async () => {
      const model = await present();
      const offer = barOf(model).querySelector<HTMLButtonElement>('button.timer')!;
      expect(offer.checkVisibility({ checkVisibilityCSS: true }), 'not on the overview').to.equal(false);
      await press(model, 't');
      expect(timerOf(model).checkVisibility(), 'T does nothing there').to.equal(false);
      await stepTo(model, TILLIT);
      expect(offer.checkVisibility({ checkVisibilityCSS: true })).to.equal(true);
      await press(model, 't');
      expect(timerOf(model).checkVisibility()).to.equal(true);
      expect(timeOf(model)).to.equal('5:00');
      expect(timerButton(model, 'run').textContent!.trim()).to.equal('Pause');
      offset += 61_000;
      timerOf(model).requestUpdate();
      await model.updateComplete;
      expect(timeOf(model), 'a minute and a second on').to.equal('3:59');
      await press(model, 't');
      expect(timerButton(model, 'run').textContent!.trim()).to.equal('Fortsett');
      offset += 120_000;
      timerOf(model).requestUpdate();
      await model.updateComplete;
      expect(timeOf(model), 'paused').to.equal('3:59');
      const box = timerOf(model).shadowRoot!.querySelector('.timer')!.getBoundingClientRect();
      expect(box.left, 'in the lower left corner').to.be.below(innerWidth / 4);
      expect(box.bottom).to.be.above(innerHeight * 0.75);
      expect(parseFloat(getComputedStyle(timerOf(model).shadowRoot!.querySelector('.time')!).fontSize)).to.be.at.least(innerHeight * 0.06);
      expect(misfits(model)).to.deep.equal([]);
    });

    it('a minute more or less, reset, and at zero it shows and politely says that time is up, with no sound', async () => {
      const model = await present();
      await stepTo(model, TILLIT);
      await realClick(barOf(model).querySelector('button.timer')!);
      await model.updateComplete;
      expect(timeOf(model)).to.equal('5:00');
      await realClick(timerButton(model, 'longer'));
      await model.updateComplete;
      expect(timeOf(model)).to.equal('6:00');
      await realClick(timerButton(model, 'shorter'));
      await realClick(timerButton(model, 'shorter'));
      await model.updateComplete;
      expect(timeOf(model)).to.equal('4:00');
      const status = timerOf(model).shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.equal('');
      expect(timerOf(model).shadowRoot!.querySelector('[role="timer"]'), 'the time can be read out').to.exist;
      await realClick(timerButton(model, 'run'));
      offset += 4 * 60_000;
      await waitUntil(() => status.textContent === 'Tiden er ute', 'time is up', { timeout: 3000 });
      expect(timeOf(model)).to.equal('0:00');
      expect(timerOf(model).shadowRoot!.querySelector('.timer.done')).to.exist;
      expect(timerOf(model).shadowRoot!.querySelectorAll('audio, video')).to.have.length(0);
      await realClick(timerButton(model, 'reset'));
      await model.updateComplete;
      expect(timeOf(model), 'back to its length').to.equal('4:00');
      expect(status.textContent).to.equal('');
      await realClick(timerButton(model, 'close'));
      await model.updateComplete;
      expect(timerOf(model).checkVisibility()).to.equal(false);
    });
  });

  describe('keys', () => {
    it('H and ? list the keys in the element\'s language; any key closes the list', async () => {
      const model = await present();
      await press(model, 'h');
      const dialog = dialogOf(model, 'help');
      expect(dialog.open).to.equal(true);
      expect(dialog.querySelector('h2')!.textContent).to.equal('Taster du kan bruke');
      const rows = [...dialog.querySelectorAll('tr')].map((row) => row.querySelector('td')!.textContent);
      expect(rows).to.deep.equal([
        'Neste trinn',
        'Forrige trinn',
        'Første trinn',
        'Siste trinn',
        'Gjør skjermen svart. Trykk en tast for å vise den igjen.',
        'Vis en QR-kode som åpner siden på mobilen',
        'Start tidtakeren, eller sett den på pause',
        'Vis disse tastene',
        'Avslutt presentasjonen',
      ]);
      expect(dialog.querySelector('tr:nth-child(2) th')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('←, Page Up, Skift + Mellomrom');
      expect(misfits(dialog)).to.deep.equal([]);
      await press(model, 'Escape');
      expect(dialog.open).to.equal(false);
      expect(model.presenting).to.equal(true);
      await press(model, '?');
      expect(dialog.open).to.equal(true);
      await press(model, 'ArrowLeft');
      expect(dialog.open).to.equal(false);
    });

    it('in English and nynorsk too', async () => {
      for (const [lang, heading, next] of [
        ['en', 'Keys you can use', 'Next step'],
        ['nn', 'Tastar du kan bruke', 'Neste steg'],
      ]) {
        const model = await present({ lang });
        await press(model, 'h');
        const dialog = dialogOf(model, 'help');
        expect(dialog.querySelector('h2')!.textContent, lang).to.equal(heading);
        expect(dialog.querySelector('td')!.textContent, lang).to.equal(next);
        await press(model, 'Escape');
        model.presenting = false;
        await model.updateComplete;
      }
    });

    it('Home and End go to the first and the last step', async () => {
      const model = await present();
      const total = counterOf(model)!.split(' / ')[1];
      await press(model, 'End');
      expect(counterOf(model)).to.equal(`${total} / ${total}`);
      await press(model, 'Home');
      expect(counterOf(model)).to.equal(`1 / ${total}`);
    });

    it('are not listened for when not presenting: B, Q, T, H and . reach the page', async () => {
      const box = await fixture(html`<div><innovasjon-modell deep-link></innovasjon-modell></div>`);
      const model = box.querySelector('innovasjon-modell')!;
      await model.updateComplete;
      // Presented once, so presenter mode's code is here, then left.
      model.presenting = true;
      await waitUntil(() => inner(model, 'innovasjon-modell-presenter-bar'));
      await model.updateComplete;
      model.presenting = false;
      await model.updateComplete;
      const seen: string[] = [];
      const listener = (event: KeyboardEvent) => {
        if (!event.defaultPrevented) seen.push(event.key);
      };
      document.addEventListener('keydown', listener);
      document.body.focus();
      try {
        for (const key of ['b', 'q', 't', 'h', '.']) await press(model, key);
      } finally {
        document.removeEventListener('keydown', listener);
      }
      expect(seen).to.deep.equal(['b', 'q', 't', 'h', '.']);
      expect(model.shadowRoot!.querySelector('innovasjon-modell-presenter-blackout')).to.equal(null);
    });
  });

  describe('leaving', () => {
    it('Escape gives focus back to the «Presenter modellen» button that started it', async () => {
      const model = await present();
      model.presenting = false;
      await model.updateComplete;
      presentButton(model).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => model.presenting && inner(model, 'innovasjon-modell-presenter-bar'));
      await model.updateComplete;
      await waitUntil(() => deepActiveElement() === barOf(model).querySelector('.bar'), 'focus moves into the presentation');
      await press(model, 'Escape');
      expect(model.presenting).to.equal(false);
      await waitUntil(() => deepActiveElement() === presentButton(model), 'focus is back on the button');
    });

    it('the exit button does too, the first time presenter mode loads as well', async () => {
      const box = await fixture(html`<div><innovasjon-modell></innovasjon-modell></div>`);
      const model = box.querySelector('innovasjon-modell')!;
      await model.updateComplete;
      await realClick(presentButton(model));
      await waitUntil(() => inner(model, 'innovasjon-modell-presenter-bar')?.shadowRoot?.querySelector('button.exit'));
      await model.updateComplete;
      await realClick(barOf(model).querySelector('button.exit')!);
      await model.updateComplete;
      expect(model.presenting).to.equal(false);
      await waitUntil(() => deepActiveElement() === presentButton(model), 'focus is back on the button');
    });

    it('presenting started by the page gives focus to the part that was open', async () => {
      const model = await present({ selected: TILLIT });
      expect(model.selected).to.equal(TILLIT);
      await press(model, 'Escape');
      const part = new ModelHarness(model).part(TILLIT);
      await waitUntil(() => deepActiveElement() === part, 'focus is on the open part');
    });
  });
});
