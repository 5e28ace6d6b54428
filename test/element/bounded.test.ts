import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { nb } from '../../src/i18n/nb/content.js';
import { MAX_LABEL_LENGTH } from '../../src/model/validate.js';
import { validateContent } from '../../src/model/validate.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { ModelHarness } from '../support/model.js';

/** Labels the validator accepts that are hard to lay out: many short words, and the longest allowed. */
function hardContent() {
  const content = structuredClone(nb);
  const labels = [
    'a b c d e f g h i j k l m n o p q r s t u v w x', // 24 one-letter words, 47 characters
    'og i på til av en et og i på til av en et og i', // short words only
    'Se muligheter og vise retning for hele etaten nå'.slice(0, MAX_LABEL_LENGTH),
    'Innovasjonskulturutviklingsprogramlederstillinger'.slice(0, MAX_LABEL_LENGTH), // one long word
  ];
  content.practices.forEach((practice, index) => (practice.label = labels[index]));
  return content;
}

/** The main-thread tasks longer than 50 ms while `run` runs (Chromium's Long Tasks API). */
async function longTasks(run: () => Promise<void>): Promise<number[]> {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => Math.round(entry.duration))));
  observer.observe({ type: 'longtask' });
  try {
    await run();
    // Let the last task end and be reported.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    observer.disconnect();
  }
  return seen;
}

describe('<innovasjon-modell>: bounded under any content', () => {
  it('accepts the hard labels (they are content the validator lets through)', () => {
    expect(validateContent(hardContent()).ok).to.equal(true);
  });

  /**
   * The page's goal is no task over 50 ms at 4× throttling. The built-in content does not meet it
   * yet on the first render path (that is the render-path work); what this test holds is that no
   * content the validator accepts makes it worse: its longest task stays within twice the
   * built-in content's, where the exponential line breaking froze the page for seconds.
   */
  it('no accepted content makes a main-thread task more than twice the built-in content’s, at 4× CPU throttling, 280 to 1200 px, closed and open', async function () {
    this.timeout(90000);
    // Chromium only: Firefox and WebKit have neither the Long Tasks API nor CPU throttling through
    // their drivers.
    if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) this.skip();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 280px"><innovasjon-modell></innovasjon-modell></div>`);
    const model = box.querySelector<InnovasjonModell>('innovasjon-modell')!;
    // Warm: every chunk is here before the clock runs (their download and first compile are not
    // what is measured).
    model.content = structuredClone(nb);
    model.selected = 'kjerne';
    await model.updateComplete;
    const throttled = await executeServerCommand<{ unsupported?: boolean }, { rate: number }>('cpu-throttling', { rate: 4 });
    if (throttled?.unsupported) this.skip();
    const walk = (content: typeof nb) =>
      longTasks(async () => {
        box.style.width = '280px';
        model.selected = '';
        model.content = content;
        await model.updateComplete;
        for (const width of [320, 480, 800, 1200]) {
          box.style.width = `${width}px`;
          await model.updateComplete;
        }
        await new ModelHarness(model).click('muligheter-og-retning');
        for (const width of [800, 480, 280]) {
          box.style.width = `${width}px`;
          await model.updateComplete;
        }
      });
    try {
      // Up to three tries: in a full run another page's work or a collection can land in one walk's
      // task. Content that is really too slow is too slow every time.
      let builtIn = 0;
      let hard = Infinity;
      for (let attempt = 0; attempt < 3 && hard > 2 * builtIn; attempt++) {
        builtIn = Math.max(50, ...(await walk(structuredClone(nb))));
        hard = Math.max(0, ...(await walk(hardContent())));
      }
      expect(hard, `the longest task with hard labels, against ${builtIn} ms with the built-in ones`).to.be.at.most(2 * builtIn);
    } finally {
      await executeServerCommand('cpu-throttling', { rate: 1 });
    }
  });
});
