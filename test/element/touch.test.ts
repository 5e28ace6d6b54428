import { expect } from '@open-wc/testing';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import { contentWithFilms } from '../fixtures/content.js';
import { tapElement } from '../support/input.js';
import { ModelHarness, renderModel } from '../support/model.js';

/** Every element in a shadow tree, through nested shadow roots. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? deepElements(element.shadowRoot) : []),
  ]);
}

/** Every style rule the element's shadow roots hold, nested rules included. */
function styleRules(root: ParentNode & { adoptedStyleSheets?: CSSStyleSheet[] }): CSSStyleRule[] {
  const sheets = [
    ...(root.adoptedStyleSheets ?? []),
    ...[...root.querySelectorAll('style')].map((style) => style.sheet!).filter(Boolean),
  ];
  const rulesOf = (list: CSSRuleList): CSSStyleRule[] =>
    [...list].flatMap((rule) => [
      ...(rule instanceof CSSStyleRule ? [rule] : []),
      ...('cssRules' in rule ? rulesOf((rule as CSSGroupingRule).cssRules) : []),
    ]);
  const own = sheets.flatMap((sheet) => rulesOf(sheet.cssRules));
  const nested = [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? styleRules(element.shadowRoot) : []));
  return [...own, ...nested];
}

/** What a hover rule may change: how a thing looks, never whether or where it shows. */
const COSMETIC = /^(color|background(-[\w-]+)?|fill|stroke|stroke-width|outline(-\w+)?|opacity|text-decoration(-\w+)?|box-shadow|filter|cursor|border(-\w+)*-color|border-color|--[\w-]+)$/;

describe('<innovasjon-modell>: touch', () => {
  it('a tap on a segment opens it, and a tap on the open segment closes it', async function () {
    const harness = new ModelHarness(await renderModel(320));
    const part = harness.part(PRACTICE_IDS[1]);
    if (!(await tapElement(harness.label(PRACTICE_IDS[1])))) {
      this.skip(); // Firefox is driven over WebDriver BiDi here, with no touch emulation.
    }
    await harness.settle();
    expect(harness.element.selected).to.equal(PRACTICE_IDS[1]);
    expect(part.getAttribute('aria-expanded')).to.equal('true');
    expect(harness.heading).to.not.equal('');

    await tapElement(harness.label(PRACTICE_IDS[1]));
    await harness.settle();
    expect(harness.element.selected).to.equal('');
    expect(harness.panel).to.equal(null);
  });

  it('nothing depends on hover: hover rules only change colours, lines and the cursor', async () => {
    const harness = new ModelHarness(await renderModel(900));
    harness.element.content = contentWithFilms();
    await harness.settle();
    await harness.open(PRACTICE_IDS[0]);
    harness.element.notes = true;
    await harness.settle();
    // A rule counts when some selector in it matches only under hover («button, button:hover»
    // styles the button either way).
    const hoverOnly = (rule: CSSStyleRule) => {
      const selectors = rule.selectorText.split(',').map((selector) => selector.trim());
      return selectors.some((selector) => selector.includes(':hover') && !selectors.includes(selector.replaceAll(':hover', '')));
    };
    const hoverRules = styleRules(harness.element.shadowRoot!).filter(hoverOnly);
    expect(hoverRules.length, 'the test sees the hover rules').to.be.above(0);
    const layoutChanges = hoverRules.flatMap((rule) =>
      [...rule.style].filter((property) => !COSMETIC.test(property)).map((property) => `${rule.selectorText} { ${property} }`),
    );
    expect(layoutChanges).to.deep.equal([]);
  });

  it('tap targets at 320 px: parts and buttons are at least 44 × 44 px, and nothing is under 24 × 24', async () => {
    const harness = new ModelHarness(await renderModel(320));
    harness.element.content = contentWithFilms();
    await harness.settle();
    await harness.open(PRACTICE_IDS[0]);
    harness.element.notes = true;
    await harness.settle();
    const small: string[] = [];
    const tiny: string[] = [];
    for (const part of harness.parts()) {
      // The shape a finger hits: the core's circle or a segment of the ring.
      const shape = part.querySelector('path, circle') ?? part;
      const box = shape.getBoundingClientRect();
      if (box.width < 44 || box.height < 44) small.push(`${part.dataset.part} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    const controls = deepElements(harness.element.shadowRoot!).filter(
      (element) => element.matches('button, select, summary, a[href], input') && element.getClientRects().length > 0,
    );
    expect(controls.length, 'the test sees the panel\'s controls').to.be.above(4);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const name = `${control.nodeName.toLowerCase()} «${control.textContent!.trim().slice(0, 30)}» ${Math.round(box.width)}×${Math.round(box.height)}`;
      // Links inside running text are exempt (WCAG 2.5.8, «inline»).
      const inline = control.nodeName === 'A' && getComputedStyle(control).display === 'inline';
      if (box.width < 24 || box.height < 24) tiny.push(name);
      else if (!inline && (box.width < 44 || box.height < 44)) small.push(name);
    }
    expect(tiny, 'targets under 24 × 24').to.deep.equal([]);
    expect(small, 'targets under 44 × 44').to.deep.equal([]);
  });

  it('a double tap cannot zoom the diagram, and pinch-zoom of the page still works', async () => {
    const harness = new ModelHarness(await renderModel(320));
    // `touch-action` holds for what lies inside (the parts, their labels): `manipulation` drops
    // double-tap zoom (and its delay) and keeps panning and pinch-zoom.
    const svg = harness.drawing;
    expect(getComputedStyle(svg).touchAction).to.equal('manipulation');
    for (const id of [CORE_ID, ...PRACTICE_IDS]) {
      expect(svg.contains(harness.part(id)), id).to.equal(true);
      expect(['auto', 'manipulation'], id).to.include(getComputedStyle(harness.part(id)).touchAction);
    }
    expect(getComputedStyle(harness.element).touchAction).to.equal('auto');
  });
});
