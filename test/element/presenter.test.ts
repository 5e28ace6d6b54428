import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressChord } from '../support/input.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import { nb } from '../../src/i18n/nb/content.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { panelRoot, presentButton, realClick, renderModel } from '../support/model.js';

/** The number of steps, as the bar's counter shows it. */
const totalOf = (bar: ShadowRoot) => Number(bar.querySelector('.counter')!.textContent!.split(' / ')[1]);

const barOf = (model: InnovasjonModell) =>
  model.shadowRoot!.querySelector('innovasjon-modell-presenter-bar')?.shadowRoot ?? null;

async function startPresenting(model: InnovasjonModell, withQuestions = false): Promise<ShadowRoot> {
  model.presentQuestions = withQuestions;
  model.presenting = true;
  await waitUntil(() => barOf(model)?.querySelector('.counter'), 'the presenter bar loads');
  await model.updateComplete;
  return barOf(model)!;
}

/** Presses a key; `Shift+Space` holds Shift down around Space, as a clicker's «back» does. */
async function press(model: InnovasjonModell, key: string): Promise<void> {
  if (key === 'Shift+Space') {
    await pressChord(['Shift'], ' ');
  } else {
    await sendKeys({ press: key });
  }
  await model.updateComplete;
}

describe('<innovasjon-modell>: presenter mode', () => {
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
  });

  it('steps through the whole sequence with clicker keys and back, counter and selected following', async () => {
    const model = await renderModel(900);
    const bar = await startPresenting(model, true);
    document.body.focus();
    // Each part takes as many steps as its text needs to fit the screen: one or more each.
    const expected: Array<[string, boolean]> = [
      ['', false],
      [CORE_ID, false],
      ...PRACTICE_IDS.flatMap((id): Array<[string, boolean]> => [
        [id, false],
        [id, true],
      ]),
    ];
    const total = totalOf(bar);
    expect(total).to.be.at.least(expected.length);
    expect(bar.querySelector('.counter')!.textContent).to.equal(`1 / ${total}`);
    const seen: Array<[string, boolean]> = [['', false]];
    const forward = ['ArrowRight', 'PageDown', ' '];
    for (let step = 2; step <= total; step++) {
      await press(model, forward[step % 3]);
      expect(bar.querySelector('.counter')!.textContent, `step ${step}`).to.equal(`${step} / ${total}`);
      const questions = !!panelRoot(model).querySelector('.questions-view');
      if (questions) expect(panelRoot(model).querySelector('.intro'), 'questions only').to.equal(null);
      seen.push([model.selected, questions]);
    }
    const parts = seen.filter(([id, questions], index) => index === 0 || id !== seen[index - 1][0] || questions !== seen[index - 1][1]);
    expect(parts).to.deep.equal(expected);
    await press(model, 'ArrowRight'); // past the end: stays
    expect(bar.querySelector('.counter')!.textContent).to.equal(`${total} / ${total}`);
    const backward = ['ArrowLeft', 'PageUp', 'Shift+Space'];
    for (let step = total - 1; step >= 1; step--) {
      await press(model, backward[step % 3]);
      expect(bar.querySelector('.counter')!.textContent, `back to ${step}`).to.equal(`${step} / ${total}`);
      expect(model.selected).to.equal(seen[step - 1][0]);
    }
  });

  it('fires innovasjon-step with the step, total and part', async () => {
    const model = await renderModel(900);
    const bar = await startPresenting(model);
    document.body.focus();
    // The total the bar is given in the update that fires the event (pages measured again later,
    // at another size, may change it after).
    const stepped = new Promise<{ detail: unknown; total: number }>((resolve) =>
      model.addEventListener(
        'innovasjon-step',
        (event) => resolve({ detail: (event as CustomEvent).detail, total: (bar.host as HTMLElement & { total: number }).total }),
        { once: true },
      ),
    );
    await press(model, 'ArrowRight');
    const { detail, total } = await stepped;
    expect(total).to.be.above(5);
    expect(detail).to.deep.equal({ step: 2, total, id: CORE_ID, questions: false });
  });

  it('has on-screen previous and next buttons, and a visible counter', async () => {
    const model = await renderModel(900);
    const bar = await startPresenting(model);
    expect(bar.querySelector<HTMLButtonElement>('button.previous')!.disabled).to.equal(true);
    await realClick(bar.querySelector('button.next')!);
    await model.updateComplete;
    await realClick(bar.querySelector('button.next')!);
    await model.updateComplete;
    // Read now: a click may have brought full screen, and with it other steps.
    const total = totalOf(bar);
    expect(bar.querySelector('.counter')!.textContent).to.equal(`3 / ${total}`);
    // The core's text may need two steps; the third step shows its second or the first practice.
    const title = model.selected === CORE_ID ? nb.core.title : nb.practices[0].title;
    expect([CORE_ID, PRACTICE_IDS[0]]).to.include(model.selected);
    expect(bar.querySelector('[role="status"]')!.textContent).to.equal(`Trinn 3 av ${total}: ${title}`);
  });

  it('fills the viewport with large type, and Escape leaves', async () => {
    const model = await renderModel(600);
    await startPresenting(model);
    const box = model.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(window.innerWidth);
    expect(Math.round(box.height)).to.equal(window.innerHeight);
    expect(parseFloat(getComputedStyle(model).fontSize)).to.be.at.least(18);
    await press(model, 'Escape');
    // Where the browser went full screen, it takes Escape itself and leaves full screen first;
    // presenter mode follows on its fullscreenchange, a moment later.
    await waitUntil(() => !model.presenting, 'Escape leaves presenter mode');
    await model.updateComplete;
    expect(model.hasAttribute('presenting')).to.equal(false);
  });

  it('the present button starts presenter mode (full screen where allowed); exit ends it', async () => {
    const model = await renderModel(900);
    await realClick(presentButton(model));
    await waitUntil(() => barOf(model)?.querySelector('button.exit'));
    expect(model.presenting).to.equal(true);
    await model.updateComplete;
    await realClick(barOf(model)!.querySelector('button.exit')!);
    await model.updateComplete;
    expect(model.presenting).to.equal(false);
    await waitUntil(() => document.fullscreenElement === null, 'full screen ends');
  });

  it('takes no keys from the page when not presenting and not focused', async () => {
    const model = await renderModel(900, { selected: PRACTICE_IDS[1] });
    const seen: string[] = [];
    const pageListener = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) seen.push(event.key);
    };
    document.addEventListener('keydown', pageListener);
    document.body.focus();
    try {
      for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp']) await press(model, key);
    } finally {
      document.removeEventListener('keydown', pageListener);
    }
    expect(seen).to.deep.equal(['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp']);
    expect(model.selected).to.equal(PRACTICE_IDS[1]);
  });
});
