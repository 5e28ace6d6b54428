import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import { captureConsole } from '../support/console.js';
import { contentWithFilms } from '../fixtures/content.js';
import { diagramOf, exportButton, panelRoot, partById, renderModel } from '../support/model.js';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';

const [FIRST_PRACTICE, SECOND_PRACTICE] = PRACTICE_IDS;

const style = (element: Element) => getComputedStyle(element);
const shapeOf = (model: InnovasjonModell, id: string) => partById(model, id).querySelector('.shape')!;
const labelIn = (model: InnovasjonModell, id: string) =>
  diagramOf(model).querySelector(`text[data-part="${id}"]`)!;
const heading = (model: InnovasjonModell) => panelRoot(model).querySelector('h2')!;
const section = (model: InnovasjonModell) => panelRoot(model).querySelector('section.panel')!;

/** Adds a style sheet to the page for one test; the returned function removes it. */
function pageStyles(cssText: string): () => void {
  const element = document.createElement('style');
  element.textContent = cssText;
  document.head.append(element);
  return () => element.remove();
}

/** Renders the element inside a box with the given inline style (custom properties of a page or design system). */
async function renderIn(boxStyle: string, selected = CORE_ID): Promise<InnovasjonModell> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: 900px; ${boxStyle}"><button>before</button><innovasjon-modell lang="nb" selected=${selected}></innovasjon-modell></div>`,
  );
  const model = box.querySelector('innovasjon-modell')!;
  await model.updateComplete;
  return model;
}

/** Every element in the element's shadow trees, panels and film players included. */
function deepElements(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

describe('<innovasjon-modell>: theming', () => {
  let removeStyles: (() => void) | undefined;
  afterEach(() => {
    removeStyles?.();
    removeStyles = undefined;
  });

  it('takes colours, font and sizes from --im-* custom properties set on the element', async () => {
    const defaults = await renderModel(900, { selected: CORE_ID });
    const defaultFill = style(shapeOf(defaults, FIRST_PRACTICE)).fill;
    removeStyles = pageStyles(`
      innovasjon-modell {
        --im-color-practice-1: rgb(10, 20, 30);
        --im-color-core-strong: rgb(90, 10, 10);
        --im-color-text: rgb(40, 50, 60);
        --im-color-border: rgb(0, 128, 0);
        --im-font-family: 'DejaVu Serif', serif;
        --im-radius: 13px;
        --im-heading-size: 40px;
      }`);
    const model = await renderModel(900, { selected: CORE_ID });
    expect(defaultFill).to.not.equal('rgb(10, 20, 30)');
    expect(style(shapeOf(model, FIRST_PRACTICE)).fill).to.equal('rgb(10, 20, 30)');
    expect(style(shapeOf(model, CORE_ID)).fill).to.equal('rgb(90, 10, 10)');
    expect(style(shapeOf(model, SECOND_PRACTICE)).stroke).to.equal('rgb(0, 128, 0)');
    expect(style(model).color).to.equal('rgb(40, 50, 60)');
    expect(style(labelIn(model, SECOND_PRACTICE)).fontFamily).to.contain('DejaVu Serif');
    expect(style(section(model)).borderTopLeftRadius).to.equal('13px');
    expect(style(section(model)).borderBottomColor).to.equal('rgb(0, 128, 0)');
    expect(style(heading(model)).fontSize).to.equal('40px');
  });

  it("inherits the page's font when no font is set", async () => {
    const model = await renderModel(900, { selected: CORE_ID, font: "'DejaVu Serif', serif" });
    expect(style(model).fontFamily).to.contain('DejaVu Serif');
    expect(style(labelIn(model, CORE_ID)).fontFamily).to.contain('DejaVu Serif');
    expect(style(heading(model)).fontFamily).to.contain('DejaVu Serif');
  });

  it('picks up Digdir Designsystemet tokens (--ds-*) that the page defines', async () => {
    const plain = await renderIn('');
    const plainColours = {
      text: style(plain).color,
      practiceFill: style(shapeOf(plain, FIRST_PRACTICE)).fill,
      label: style(labelIn(plain, FIRST_PRACTICE)).fill,
    };
    const model = await renderIn(`
      --ds-font-family: 'DejaVu Serif', serif;
      --ds-color-neutral-text-default: rgb(11, 22, 33);
      --ds-color-neutral-background-default: rgb(250, 250, 240);
      --ds-color-neutral-border-default: rgb(70, 80, 90);
      --ds-color-focus-outer: rgb(120, 0, 60);
      --ds-border-radius-md: 9px;`);
    expect(plainColours.text).to.not.equal('rgb(11, 22, 33)');
    expect(style(model).color).to.equal('rgb(11, 22, 33)');
    expect(style(model).fontFamily).to.contain('DejaVu Serif');
    expect(style(model).backgroundColor).to.equal('rgb(250, 250, 240)');
    expect(style(section(model)).backgroundColor).to.equal('rgb(250, 250, 240)');
    expect(style(section(model)).borderTopLeftRadius).to.equal('9px');
    expect(style(shapeOf(model, SECOND_PRACTICE)).stroke).to.equal('rgb(70, 80, 90)');
    // The model's own fills and the labels on them keep their tested pairs.
    expect(style(shapeOf(model, FIRST_PRACTICE)).fill).to.equal(plainColours.practiceFill);
    expect(style(labelIn(model, FIRST_PRACTICE)).fill).to.equal(plainColours.label);

    // The focus ring takes the design system's focus colour.
    model.selected = '';
    await model.updateComplete;
    model.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const ring = diagramOf(model).querySelector(':focus-visible .ring');
    expect(ring, 'a part has keyboard focus').to.exist;
    expect(style(ring!).stroke).to.equal('rgb(120, 0, 60)');
  });

  it('lets --im-* on the element win over --ds-* from the page', async () => {
    removeStyles = pageStyles('innovasjon-modell { --im-color-text: rgb(1, 100, 1); }');
    const model = await renderIn('--ds-color-neutral-text-default: rgb(11, 22, 33);');
    expect(style(model).color).to.equal('rgb(1, 100, 1)');
  });

  it('styles every documented ::part from the page', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const declaration = manifest.modules
      .flatMap((module: { declarations?: unknown[] }) => module.declarations ?? [])
      .find((d: { tagName?: string }) => d.tagName === 'innovasjon-modell');
    const documented: string[] = declaration.cssParts.map((part: { name: string }) => part.name);
    // `segment` stands for segment-1 … segment-4 too.
    const names = [...documented, 'segment-1', 'segment-2', 'segment-3', 'segment-4'];
    expect(names).to.include.members(['base', 'diagram', 'core', 'segment', 'panel', 'heading', 'questions']);

    // Three states show every part between them: a practice open with a hosted film, notes
    // and the text version; presenter mode; content with a problem (the error message).
    const open = await renderModel(900, { selected: SECOND_PRACTICE });
    open.content = contentWithFilms(); // the second practice's film is on YouTube: a play button
    open.notes = true;
    const details = open.shadowRoot!.querySelector('details')!;
    details.open = true;
    await new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await open.updateComplete;
    exportButton(open).click(); // the export's choices
    await waitUntil(() => open.shadowRoot!.querySelector('[part="export-menu"]'), 'the export choices show');
    const presenting = await renderModel(900, { selected: CORE_ID });
    // In the viewport, not full screen: Firefox's change to full screen, with the QR code's modal
    // dialog over it, can outlast this test.
    Object.defineProperty(presenting, 'requestFullscreen', { value: undefined, configurable: true });
    presenting.presenting = true;
    await waitUntil(
      () => presenting.shadowRoot!.querySelector('innovasjon-modell-presenter-bar')?.shadowRoot?.querySelector('[part="presenter-bar"]'),
      'the presenter bar shows',
    );
    const broken = await renderModel(900);
    const errors = await captureConsole('error', async () => {
      broken.content = { title: 42 } as never;
      await broken.updateComplete;
    });
    expect(errors.join('\n')).to.contain('title: expected a non-empty text');
    expect(broken.shadowRoot!.querySelector('[part="error"]'), 'the error message shows').to.exist;
    // The timer and the QR code have parts of their own; shown last, as the QR code is a modal
    // dialog, during which a viewport change does not come back in Firefox.
    await waitUntil(() => customElements.get('innovasjon-modell-presenter-qr'), 'presenter mode\'s screens load');
    const bar = presenting.shadowRoot!.querySelector('innovasjon-modell-presenter-bar')!.shadowRoot!;
    bar.querySelector<HTMLButtonElement>('button.timer')!.click();
    bar.querySelector<HTMLButtonElement>('button.qr')!.click();
    await waitUntil(
      () => presenting.shadowRoot!.querySelector('innovasjon-modell-presenter-qr')?.shadowRoot?.querySelector('[part="qr-code"]'),
      'the QR code shows',
    );
    const elements = [open, presenting, broken].flatMap((model) => deepElements(model.shadowRoot!));

    const unstyled: string[] = [];
    for (const name of names) {
      const remove = pageStyles(`innovasjon-modell::part(${name}) { outline: 7px dotted rgb(1, 2, 3); }`);
      const hit = elements.some((element) => {
        const computed = style(element);
        return computed.outlineStyle === 'dotted' && computed.outlineWidth === '7px';
      });
      remove();
      if (!hit) unstyled.push(name);
    }
    presenting.presenting = false;
    expect(unstyled, 'parts no page style reaches').to.deep.equal([]);
  });

  it('turns compact in small boxes by container width, not by the screen', async () => {
    const wide = await renderModel(900, { selected: CORE_ID });
    const wideGap = parseFloat(style(wide.shadowRoot!.querySelector('.layout')!).rowGap);
    const wideHeading = parseFloat(style(heading(wide)).fontSize) / parseFloat(style(section(wide)).fontSize);
    const wideText = parseFloat(style(wide.shadowRoot!.querySelector('.base')!).fontSize);

    // The same viewport; only the box is small.
    const small = await renderModel(300, { selected: CORE_ID });
    expect(window.innerWidth).to.be.above(1000);
    const smallGap = parseFloat(style(small.shadowRoot!.querySelector('.layout')!).rowGap);
    const smallHeading = parseFloat(style(heading(small)).fontSize) / parseFloat(style(section(small)).fontSize);
    const smallText = parseFloat(style(small.shadowRoot!.querySelector('.base')!).fontSize);

    const outlineRoom = (element: HTMLElement) => parseFloat(style(element.shadowRoot!.querySelector('[part="outline"]')!).marginTop);
    expect(smallGap).to.be.below(wideGap);
    expect(outlineRoom(small), 'room above the text version').to.be.below(outlineRoom(wide));
    expect(smallText).to.be.below(wideText);
    expect(wideHeading).to.be.closeTo(1.5, 0.01);
    expect(smallHeading).to.be.closeTo(1.25, 0.01);
  });
});
