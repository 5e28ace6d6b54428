import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { InnovasjonModell } from '../../src/components/innovasjon-modell/innovasjon-modell.js';
import { nb } from '../../src/i18n/nb/content.js';
import { nn } from '../../src/i18n/nn/content.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';
import type { ExportEventDetail } from '../../src/shared/export-event.js';
import { captureConsole } from '../support/console.js';
import { contrastRatio } from '../support/contrast.js';
import { emulate } from '../support/media.js';
import { deepActiveElement, diagramOf, exportButton, labelOf, partById, realClick, renderModel } from '../support/model.js';
import { findNode, type AxNode } from '../support/ax-tree.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const ALL_PARTS = [CORE_ID, ...PRACTICE_IDS] as const;
type Rgb = [number, number, number];

// ——— Reading what the element exported, as another program would ———

interface Pixels {
  width: number;
  height: number;
  /** RGBA of one pixel. */
  at(x: number, y: number): number[];
  /** Share of the pixels within 3 of a colour in every channel (opaque ones only). */
  share(colour: Rgb): number;
}

function pixelsOf(source: CanvasImageSource & { width: number; height: number }): Pixels {
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(source, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  return {
    width,
    height,
    at: (x, y) => [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)],
    share(colour) {
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 250 && colour.every((channel, c) => Math.abs(data[i + c] - channel) <= 3)) count++;
      }
      return count / (width * height);
    },
  };
}

/** The PNG decoded in the page, as an image program would read it. */
async function decodePng(blob: Blob): Promise<Pixels> {
  expect(blob.type).to.equal('image/png');
  return pixelsOf(await createImageBitmap(blob));
}

async function parseSvg(blob: Blob): Promise<Document> {
  expect(blob.type).to.equal('image/svg+xml');
  const svg = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(svg.querySelector('parsererror'), 'the SVG parses as XML').to.equal(null);
  expect(svg.documentElement.localName).to.equal('svg');
  return svg;
}

/** The file in an `<img>` of its own: it loads with nothing from the page. */
async function asImage(blob: Blob): Promise<HTMLImageElement> {
  const image = new Image();
  const url = URL.createObjectURL(blob);
  try {
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the file did not load as an image'));
      image.src = url;
    });
  } finally {
    URL.revokeObjectURL(url);
  }
  return image;
}

/** The text chunks (iTXt) of a PNG: keyword → [language, text]. */
async function pngTexts(blob: Blob): Promise<Map<string, [string, string]>> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const view = new DataView(bytes.buffer);
  const texts = new Map<string, [string, string]>();
  const decoder = new TextDecoder();
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'iTXt') {
      const fields = decoder.decode(bytes.subarray(offset + 8, offset + 8 + length)).split('\0');
      // keyword, flag and method (two bytes, read as one field), language, translated keyword, text
      texts.set(fields[0], [fields[3], fields.slice(5).join('\0')]);
    }
    offset += 12 + length;
  }
  return texts;
}

const rgbOf = (colour: string): Rgb => colour.match(/[\d.]+/g)!.slice(0, 3).map(Number) as Rgb;
const hexOf = (colour: string) => `#${rgbOf(colour).map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

/** What the screen shows of a part once its transitions are over. */
async function onScreen(model: InnovasjonModell, id: string) {
  await Promise.all(model.shadowRoot!.getAnimations().map((animation) => animation.finished));
  const shape = getComputedStyle(partById(model, id).querySelector('.shape')!);
  const label = getComputedStyle(labelOf(model, id));
  return { fill: shape.fill, stroke: shape.stroke, label: label.fill, font: label.fontFamily };
}

/** A label's lines as one text, as the diagram draws them. */
const drawnLabel = (model: InnovasjonModell, id: string) =>
  [...labelOf(model, id).querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
const svgLabel = (svg: Document, id: string) =>
  [...svg.getElementById(id)!.querySelectorAll('text tspan')].map((line) => line.textContent).join(' ');

// ——— The control, as a viewer finds it ———

const menuOf = (model: InnovasjonModell) => model.shadowRoot!.querySelector<HTMLElement>('[part="export-menu"]');
const statusOf = (model: InnovasjonModell) => model.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';

/** A button's name as its text gives it. */
const nameOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

const choices = (model: InnovasjonModell) => [...(menuOf(model)?.querySelectorAll('button') ?? [])];
const choice = (model: InnovasjonModell, name: string) => {
  const found = choices(model).find((button) => nameOf(button) === name);
  if (!found) throw new Error(`no choice «${name}»`);
  return found;
};
const focusedName = () => {
  const active = deepActiveElement();
  return active ? nameOf(active) : '';
};

async function openMenu(model: InnovasjonModell): Promise<void> {
  if (exportButton(model).getAttribute('aria-expanded') !== 'true') await realClick(exportButton(model));
  await model.updateComplete;
  await waitUntil(() => choices(model).length === 3, 'the choices are shown');
}

/** Downloads are caught, not followed (a real one can stall Firefox): their names and files. */
function catchDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  const made = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL.call(URL, blob);
    made.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) files.push({ name: this.download, blob: made.get(this.href)! });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

function recordExports(): { events: Array<CustomEvent<ExportEventDetail>>; stop: () => void } {
  const events: Array<CustomEvent<ExportEventDetail>> = [];
  const record = (event: Event) => events.push(event as CustomEvent<ExportEventDetail>);
  document.addEventListener('innovasjon-export', record);
  return { events, stop: () => document.removeEventListener('innovasjon-export', record) };
}

/** Replaces the clipboard for one test, as the worksheet's test does. */
async function withClipboard(clipboard: Partial<Clipboard> | undefined, run: () => Promise<void>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  try {
    await run();
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  }
}

describe('<innovasjon-modell>: export of the figure', () => {
  // First, while nothing of the export has been fetched in this page.
  it('fetches the choices on first use and the writers on the first export, and asks no other origin', async () => {
    const model = await renderModel(700);
    const fetched = (file: string) =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/figure-export/${file}`));
    expect(fetched('chunk.ts'), 'the choices before use').to.equal(false);
    expect(fetched('export-figure.ts'), 'the writers before use').to.equal(false);
    await openMenu(model);
    expect(fetched('chunk.ts'), 'the choices once opened').to.equal(true);
    expect(fetched('figure-png.ts'), 'the writers before an export').to.equal(false);
    await model.exportFigure({ format: 'png' });
    expect(fetched('figure-png.ts')).to.equal(true);
    const origins = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin));
    expect([...origins]).to.deep.equal([location.origin]);
  });

  it('exports a PNG at least twice the drawn size and 1,600 px wide, whose pixels show each part in its colour', async () => {
    const model = await renderModel(700);
    const drawn = diagramOf(model).getBoundingClientRect().width;
    const image = await decodePng(await model.exportFigure({ format: 'png' }));
    expect(image.width).to.equal(image.height);
    expect(image.width).to.be.at.least(1600);
    expect(image.width).to.be.at.least(2 * drawn);
    for (const id of ALL_PARTS) {
      const { fill } = await onScreen(model, id);
      expect(image.share(rgbOf(fill)), `${id} in ${fill}`).to.be.above(0.03);
    }
    // The labels are drawn, not only the shapes: the core's white text on its dark fill.
    expect(image.share(rgbOf((await onScreen(model, CORE_ID)).label))).to.be.above(0.002);
    // Opaque by default, in the page's background (here none: the panel's white).
    expect(image.at(0, 0)).to.deep.equal([255, 255, 255, 255]);
  });

  it('exports a self-contained SVG that parses, holds the five labels as text and renders on its own', async () => {
    const model = await renderModel(700);
    const blob = await model.exportFigure({ format: 'svg' });
    const svg = await parseSvg(blob);
    const root = svg.documentElement;
    expect(root.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('svg > title')!.textContent).to.equal(nb.title);
    expect(svg.querySelector('svg > desc')!.textContent).to.equal(
      'Figuren viser modellen «Kultur for innovasjon». I midten står kjernen: Nysgjerrighet, Mot, Åpenhet. ' +
        `Rundt kjernen står fire lederpraksiser: ${nb.practices.map((practice) => `«${practice.title}»`).join(', ')}.`,
    );
    expect(root.getAttribute('aria-labelledby')!.split(' ').map((id) => svg.getElementById(id)?.localName)).to.deep.equal([
      'title',
      'desc',
    ]);
    for (const id of ALL_PARTS) {
      expect(svgLabel(svg, id), id).to.equal(drawnLabel(model, id));
      const { fill, font } = await onScreen(model, id);
      const group = svg.getElementById(id)!;
      expect(group.querySelector('circle, path')!.getAttribute('fill')).to.equal(hexOf(fill));
      expect(group.querySelector('text')!.getAttribute('font-family')).to.equal(font);
    }
    expect([...svg.querySelectorAll('svg > g > title')].map((title) => title.textContent)).to.deep.equal([
      nb.core.title,
      ...nb.practices.map((practice) => practice.title),
    ]);
    // Nothing that runs, nothing fetched from elsewhere.
    const text = await blob.text();
    expect(svg.querySelectorAll('script, foreignObject, image, use, a, iframe')).to.have.length(0);
    expect([...svg.querySelectorAll('*')].flatMap((element) => element.getAttributeNames())).to.not.include.members(['href', 'xlink:href', 'src']);
    expect(text).to.not.match(/url\(|javascript:|\son[a-z]+=/i);
    expect(text.replace('xmlns="http://www.w3.org/2000/svg"', '')).to.not.contain('http');

    const image = await asImage(blob);
    const declared = Number(root.getAttribute('width'));
    expect(declared, 'the drawn size, and a margin').to.be.at.least(diagramOf(model).getBoundingClientRect().width);
    expect(image.naturalWidth).to.equal(declared);
    // Drawn on its own, with its colours: the core's fill covers a good part of it.
    const drawnAlone = pixelsOf(image);
    expect(drawnAlone.share(rgbOf((await onScreen(model, CORE_ID)).fill))).to.be.above(0.03);
  });

  it('shows the state: nynorsk, an open part and the dark theme, in both formats', async () => {
    const open = PRACTICE_IDS[1];
    const model = await renderModel(700, { lang: 'nn', selected: open });
    model.setAttribute('theme', 'dark');
    await model.updateComplete;
    const background = getComputedStyle(model).backgroundColor;
    const [svgBlob, pngBlob] = [await model.exportFigure({ format: 'svg' }), await model.exportFigure({ format: 'png' })];

    const svg = await parseSvg(svgBlob);
    const root = svg.documentElement;
    expect([root.getAttribute('lang'), root.getAttributeNS(XML_NS, 'lang')]).to.deep.equal(['nn', 'nn']);
    expect(svg.querySelector('svg > title')!.textContent).to.equal(nn.title);
    expect(svg.querySelector('svg > desc')!.textContent).to.contain('Rundt kjernen står fire leiarpraksisar');
    expect(svg.querySelector('svg > desc')!.textContent).to.contain(`«${nn.practices[1].title}» er utheva.`);
    expect(svg.querySelector('svg > rect')!.getAttribute('fill'), 'the dark background').to.equal(hexOf(background));
    for (const id of ALL_PARTS) {
      const screen = await onScreen(model, id);
      const group = svg.getElementById(id)!;
      expect(group.querySelector('circle, path')!.getAttribute('fill'), id).to.equal(hexOf(screen.fill));
      expect(group.querySelector('text')!.getAttribute('fill'), id).to.equal(hexOf(screen.label));
      const underlined = getComputedStyle(labelOf(model, id)).textDecorationLine.includes('underline');
      expect(group.querySelector('text')!.getAttribute('text-decoration'), id).to.equal(underlined ? 'underline' : null);
      expect(svgLabel(svg, id)).to.equal(drawnLabel(model, id));
    }
    expect(svg.getElementById(open)!.querySelector('path')!.getAttribute('stroke-width')).to.equal('4');

    const image = await decodePng(pngBlob);
    const strong = await onScreen(model, open);
    expect(contrastRatio(strong.fill, (await onScreen(model, PRACTICE_IDS[0])).fill), 'open and closed differ').to.be.above(3);
    expect(image.share(rgbOf(strong.fill)), 'the open part in its strong fill').to.be.above(0.03);
    expect(image.at(0, 0)).to.deep.equal([...rgbOf(background), 255]);
    const texts = await pngTexts(pngBlob);
    expect(texts.get('Title')).to.deep.equal(['nn', nn.title]);
    expect(texts.get('Description')![1]).to.equal(svg.querySelector('svg > desc')!.textContent);
  });

  it('sets each line where the diagram draws it, lines along the ring character by character', async () => {
    // A small diagram in a wide font: the ring is too thin for straight lines, so some follow it.
    const model = await renderModel(280, { font: "'DejaVu Sans Mono', monospace" });
    const onScreen = [...diagramOf(model).querySelectorAll('text[data-part] tspan')];
    expect(onScreen.filter((line) => line.hasAttribute('rotate')).length, 'lines along the ring').to.be.above(0);
    const svg = await parseSvg(await model.exportFigure({ format: 'svg' }));
    const exported = [...svg.querySelectorAll('text tspan')];
    expect(exported.map((line) => line.textContent)).to.deep.equal(onScreen.map((line) => line.textContent));
    const list = (line: Element, name: string) => (line.getAttribute(name) ?? '').split(' ').filter(Boolean).map(Number);
    const shifts: number[] = [];
    onScreen.forEach((line, i) => {
      const [x, y, turns] = [list(line, 'x'), list(line, 'y'), list(line, 'rotate')];
      const [ex, ey, eturns] = [list(exported[i], 'x'), list(exported[i], 'y'), list(exported[i], 'rotate')];
      expect(ex.length, line.textContent!).to.equal(x.length);
      expect(eturns.map((turn) => turn.toFixed(1))).to.deep.equal(turns.map((turn) => turn.toFixed(1)));
      // Each point moves to the baseline across its own turn: by one distance, never along the line.
      x.forEach((_, j) => {
        const angle = ((turns[j] ?? 0) * Math.PI) / 180;
        const [dx, dy] = [ex[j] - x[j], ey[j] - y[j]];
        expect(dx * Math.cos(angle) + dy * Math.sin(angle), 'along the line').to.be.closeTo(0, 0.06);
        shifts.push(-dx * Math.sin(angle) + dy * Math.cos(angle));
      });
    });
    const size = parseFloat(exported[0].parentElement!.getAttribute('font-size')!);
    for (const shift of shifts) expect(shift).to.be.within(0.05 * size, 0.5 * size);
    expect((await decodePng(await model.exportFigure({ format: 'png' }))).width).to.be.at.least(1600);
  });

  it("takes the page's own tokens (--ds-* from the page, --im-* on the element)", async () => {
    const box = await fixture<HTMLDivElement>(html`<div
      style="width: 700px; --ds-color-neutral-background-default: rgb(250, 250, 240); --ds-color-neutral-border-default: rgb(70, 80, 90)"
    >
      <innovasjon-modell lang="nb" style="--im-color-practice-1: rgb(10, 20, 30)"></innovasjon-modell>
    </div>`);
    const model = box.querySelector('innovasjon-modell')!;
    await model.updateComplete;
    const svg = await parseSvg(await model.exportFigure({ format: 'svg' }));
    const segment = svg.getElementById(PRACTICE_IDS[0])!.querySelector('path')!;
    expect(segment.getAttribute('fill')).to.equal('#0a141e');
    expect(segment.getAttribute('stroke')).to.equal('#46505a');
    expect(svg.querySelector('svg > rect')!.getAttribute('fill')).to.equal('#fafaf0');
  });

  it('makes the background transparent, or a colour of the page’s choosing, and the size a multiple', async () => {
    const model = await renderModel(700);
    const transparent = await decodePng(await model.exportFigure({ format: 'png', background: 'transparent' }));
    expect(transparent.at(0, 0)[3]).to.equal(0);
    expect((await parseSvg(await model.exportFigure({ format: 'svg', background: 'transparent' }))).querySelector('svg > rect')).to.equal(null);

    model.style.setProperty('--page-accent', 'rgb(18, 52, 86)');
    const coloured = await decodePng(await model.exportFigure({ format: 'png', background: 'var(--page-accent)', scale: 3 }));
    expect(coloured.at(0, 0)).to.deep.equal([18, 52, 86, 255]);
    const side = Number((await parseSvg(await model.exportFigure({ format: 'svg' }))).documentElement.getAttribute('width'));
    expect(coloured.width).to.equal(3 * side);
    const svg = await parseSvg(await model.exportFigure({ format: 'svg', scale: 2, background: 'rebeccapurple' }));
    expect(svg.documentElement.getAttribute('width')).to.equal(String(2 * side));
    expect(svg.querySelector('svg > rect')!.getAttribute('fill')).to.equal('#663399');
  });

  it('refuses a request that cannot be met, with a message that says what it takes', async () => {
    const model = await renderModel(700);
    const refusal = async (options: unknown) => {
      try {
        await model.exportFigure(options as never);
      } catch (error) {
        return error as Error;
      }
      throw new Error(`${JSON.stringify(options)} was not refused`);
    };
    const format = await refusal({ format: 'jpeg' });
    expect(format).to.be.instanceOf(TypeError);
    expect(format.message).to.equal("<innovasjon-modell>: exportFigure(): format must be 'png' or 'svg', not \"jpeg\".");
    expect((await refusal(undefined)).message).to.contain("takes an object such as { format: 'png' }");
    for (const scale of [0, -2, Number.NaN, Infinity, '2']) {
      const error = await refusal({ format: 'png', scale });
      expect(error, String(scale)).to.be.instanceOf(RangeError);
      expect(error.message).to.contain('scale must be a number above 0');
    }
    expect((await refusal({ format: 'svg', background: 'no colour' })).message).to.contain(
      "background must be 'auto', 'transparent' or a CSS colour",
    );

    // An element that has never been shown has drawn no figure.
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px"><innovasjon-modell hidden></innovasjon-modell></div>`);
    const hidden = box.querySelector('innovasjon-modell')!;
    await hidden.updateComplete;
    const error = await hidden.exportFigure({ format: 'png' }).catch((reason: Error) => reason);
    expect((error as Error).message).to.contain('there is no figure to export, as the element is not shown');
  });

  it('waits for content still loading, and exports it', async () => {
    const model = await renderModel(700);
    model.src = '/delay/800/test/fixtures/export-labels.json';
    // At once: the file is still on its way.
    const svg = await parseSvg(await model.exportFigure({ format: 'svg' }));
    expect(svg.querySelector('svg > title')!.textContent).to.equal('Vår modell');
    expect(svgLabel(svg, PRACTICE_IDS[1])).to.equal('Tillit i teamet');
    expect(svgLabel(svg, PRACTICE_IDS[0])).to.equal(drawnLabel(model, PRACTICE_IDS[0]));
  });

  it('exports invalid content as shown, repaired, without throwing', async () => {
    const model = await renderModel(700);
    const broken = structuredClone(nb) as unknown as { practices: Array<Record<string, unknown>> };
    broken.practices[1].label = 42;
    broken.practices[3].label = 'Lære sammen';
    let svg: Document | undefined;
    let png: Pixels | undefined;
    const errors = await captureConsole('error', async () => {
      model.content = broken as never;
      svg = await parseSvg(await model.exportFigure({ format: 'svg' }));
      png = await decodePng(await model.exportFigure({ format: 'png' }));
    });
    expect(errors.join('\n')).to.contain('practices[1].label');
    expect(svgLabel(svg!, PRACTICE_IDS[1]), 'the broken part, repaired').to.equal(drawnLabel(model, PRACTICE_IDS[1]));
    expect(drawnLabel(model, PRACTICE_IDS[1])).to.equal(nb.practices[1].label.replace(/\s+/g, ' '));
    expect(svgLabel(svg!, PRACTICE_IDS[3]), 'the valid part, as given').to.equal('Lære sammen');
    expect(png!.width).to.be.at.least(1600);
  });

  it('is a disclosure: a click, Enter, Space or ↓ opens it, arrows move, Escape and Tab away close it', async () => {
    const model = await renderModel(900, { selected: CORE_ID });
    const toggle = exportButton(model);
    // The chevron is drawn for the eye only (no character in the name), pointing down while closed.
    const chevron = () => getComputedStyle(toggle, '::after');
    expect(toggle.textContent!.trim()).to.equal('Last ned figuren');
    expect(chevron().borderRightStyle).to.equal('solid');
    expect(chevron().rotate).to.equal('45deg');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(menuOf(model)).to.equal(null);

    await openMenu(model);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(menuOf(model)!.getAttribute('role')).to.equal('group');
    expect(choices(model).map(nameOf)).to.deep.equal(['PNG-bilde', 'SVG-bilde', 'Kopier bilde']);
    const hints = choices(model).map((button) => model.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)?.textContent);
    expect(hints).to.deep.equal(['Til lysbilder og dokumenter', 'Skarpt i alle størrelser', 'Lim det rett inn i et dokument']);
    // Its turn is a transition (on the pseudo-element, which `subtree` includes): read where it ends.
    await Promise.all(toggle.getAnimations({ subtree: true }).map((animation) => animation.finished));
    expect(chevron().rotate, 'the chevron turns to point up').to.equal('225deg');

    toggle.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedName()).to.equal('PNG-bilde');
    const moves: Array<[string, string]> = [
      ['ArrowDown', 'SVG-bilde'],
      ['ArrowDown', 'Kopier bilde'],
      ['ArrowDown', 'PNG-bilde'],
      ['ArrowUp', 'Kopier bilde'],
      ['Home', 'PNG-bilde'],
      ['End', 'Kopier bilde'],
    ];
    for (const [key, name] of moves) {
      await sendKeys({ press: key });
      expect(focusedName(), key).to.equal(name);
    }
    await sendKeys({ press: 'Escape' });
    await model.updateComplete;
    expect(menuOf(model)).to.equal(null);
    expect(deepActiveElement()).to.equal(toggle);
    expect(model.selected, 'the Escape closed the choices, not the panel').to.equal(CORE_ID);

    await sendKeys({ press: 'Enter' });
    await openMenu(model);
    await sendKeys({ press: ' ' });
    await model.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedName() === 'PNG-bilde', '↓ opens the choices at the first');

    // Tab past the last choice: focus moves on, and the choices close behind it.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await model.updateComplete;
    expect(menuOf(model)).to.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    // A press elsewhere closes them too.
    await openMenu(model);
    await realClick(model.shadowRoot!.querySelector('[part="source"]')!);
    await model.updateComplete;
    expect(menuOf(model)).to.equal(null);

    // With the choices closed, Escape closes the open panel as before.
    toggle.focus();
    await sendKeys({ press: 'Escape' });
    await model.updateComplete;
    expect(model.selected).to.equal('');

    // Moved while open, the choices stay open; removed, they leave no listener on the document.
    const listening = new Set<unknown>();
    const { addEventListener: add, removeEventListener: remove } = document;
    document.addEventListener = function (this: Document, type: string, listener: never, options?: never) {
      if (type === 'pointerdown') listening.add(listener);
      add.call(this, type, listener, options);
    };
    document.removeEventListener = function (this: Document, type: string, listener: never, options?: never) {
      if (type === 'pointerdown') listening.delete(listener);
      remove.call(this, type, listener, options);
    };
    try {
      await openMenu(model);
      expect(listening.size).to.equal(1);
      const box = model.parentElement!;
      box.append(model);
      await model.updateComplete;
      expect(menuOf(model)).to.not.equal(null);
      expect(listening.size).to.equal(1);
      model.remove();
      expect(listening.size).to.equal(0);
      box.append(model);
      await model.updateComplete;
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }

    // Presenter mode hides the row of buttons, and closes the choices with it.
    await openMenu(model);
    model.presenting = true;
    await model.updateComplete;
    model.presenting = false;
    await model.updateComplete;
    expect(exportButton(model).getAttribute('aria-expanded')).to.equal('false');
    expect(menuOf(model)).to.equal(null);
  });

  it('gives the accessibility tree an expanded button and a group of named choices', async function () {
    const model = await renderModel(900);
    await openMenu(model);
    const tree = await executeServerCommand<AxNode & { unsupported?: true }, undefined>('a11y-tree');
    // Firefox (WebDriver BiDi) gives tests no accessibility tree.
    if (tree.unsupported) this.skip();
    const toggle = findNode(tree, (node) => node.role === 'button' && node.name === 'Last ned figuren');
    expect(toggle, 'the toggle, named without its arrow').to.not.equal(undefined);
    expect(toggle!.expanded).to.equal(true);
    const group = findNode(tree, (node) => node.role === 'group' && node.name === 'Last ned figuren');
    expect(group, 'the choices, a group named by the toggle').to.not.equal(undefined);
    const buttons: AxNode[] = [];
    findNode(group!, (node) => (node.role === 'button' && buttons.push(node), false));
    expect(buttons.map((button) => [button.name, button.description])).to.deep.equal([
      ['PNG-bilde', 'Til lysbilder og dokumenter'],
      ['SVG-bilde', 'Skarpt i alle størrelser'],
      ['Kopier bilde', 'Lim det rett inn i et dokument'],
    ]);
    await expect(model).to.be.accessible();
  });

  it('downloads a PNG and an SVG by real clicks and keys, says so, and fires innovasjon-export', async () => {
    const open = PRACTICE_IDS[2];
    const model = await renderModel(900, { selected: open });
    const downloads = catchDownloads();
    const exports = recordExports();
    try {
      await openMenu(model);
      await realClick(choice(model, 'PNG-bilde'));
      await waitUntil(() => downloads.files.length === 1, 'the PNG is downloaded');
      await model.updateComplete;
      expect(menuOf(model), 'the choices close').to.equal(null);
      expect(deepActiveElement(), 'focus is back on the toggle').to.equal(exportButton(model));
      expect(statusOf(model)).to.equal('Du har lastet ned figuren som PNG.');

      await sendKeys({ press: 'Enter' });
      await openMenu(model);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedName()).to.equal('SVG-bilde');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => downloads.files.length === 2, 'the SVG is downloaded');
      await model.updateComplete;
      expect(statusOf(model)).to.equal('Du har lastet ned figuren som SVG.');
    } finally {
      downloads.restore();
      exports.stop();
    }
    expect(downloads.files.map((file) => file.name)).to.deep.equal([
      `kultur-for-innovasjon-${open}.png`,
      `kultur-for-innovasjon-${open}.svg`,
    ]);
    expect((await decodePng(downloads.files[0].blob)).width).to.be.at.least(1600);
    expect(svgLabel(await parseSvg(downloads.files[1].blob), open)).to.equal(drawnLabel(model, open));
    expect(exports.events.map((event) => event.detail)).to.deep.equal([
      { format: 'png', action: 'download', id: open },
      { format: 'svg', action: 'download', id: open },
    ]);
    expect(exports.events.every((event) => event.bubbles && event.composed && event.target === model)).to.equal(true);

    // The page's own call fires nothing: the event is for the viewer's actions.
    const quiet = recordExports();
    await model.exportFigure({ format: 'svg' });
    quiet.stop();
    expect(quiet.events).to.have.length(0);

    // Another language: the toggle and the choices follow it, and the last status goes.
    model.lang = 'en';
    await model.updateComplete;
    expect(statusOf(model)).to.equal('');
    expect(exportButton(model).textContent).to.contain('Download the figure');
    await openMenu(model);
    expect(choices(model).map(nameOf)).to.deep.equal(['PNG image', 'SVG image', 'Copy image']);
  });

  it('copies the image as PNG where the browser allows it, and says clearly where it does not', async () => {
    const model = await renderModel(900, { lang: 'en' });
    const exports = recordExports();
    const copy = async () => {
      await openMenu(model);
      await realClick(choice(model, 'Copy image'));
      await waitUntil(() => statusOf(model) !== '', 'a message');
      return statusOf(model);
    };
    try {
      // Without image support on the clipboard.
      const clipboardItem = Object.getOwnPropertyDescriptor(window, 'ClipboardItem');
      delete (window as { ClipboardItem?: unknown }).ClipboardItem;
      try {
        expect(await copy()).to.equal('Your browser cannot copy images. Download the PNG image instead.');
      } finally {
        if (clipboardItem) Object.defineProperty(window, 'ClipboardItem', clipboardItem);
      }
      // Refused (no permission, the page not in focus).
      await withClipboard({ write: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }, async () => {
        expect(await copy()).to.equal('Your browser would not copy the image. Download the PNG image instead.');
      });
      expect(exports.events, 'no event for what failed').to.have.length(0);

      // Allowed: what reaches the clipboard is the PNG.
      const written: ClipboardItem[][] = [];
      await withClipboard({ write: async (items: ClipboardItem[]) => void written.push(items) }, async () => {
        expect(await copy()).to.equal('You have copied the image. Now you can paste it.');
      });
      expect(written[0].map((item) => item.types)).to.deep.equal([['image/png']]);
      const image = await decodePng(await written[0][0].getType('image/png'));
      expect(image.width).to.be.at.least(1600);
      expect(exports.events.map((event) => event.detail)).to.deep.equal([{ format: 'png', action: 'copy', id: '' }]);

      // And the browser's own clipboard, which grants or refuses as it will: either way it says which.
      const said = await copy();
      expect(said).to.be.oneOf(['You have copied the image. Now you can paste it.', 'Your browser would not copy the image. Download the PNG image instead.']);
      expect(exports.events.length).to.equal(said.startsWith('You have copied') ? 2 : 1);
    } finally {
      exports.stop();
    }
  });

  it('fits a 280 px box and keeps 44 px targets, in light and dark, with its text at 4.5:1', async () => {
    const model = await renderModel(280);
    for (const theme of ['light', 'dark']) {
      model.setAttribute('theme', theme);
      await openMenu(model);
      const box = model.getBoundingClientRect();
      for (const element of [exportButton(model), menuOf(model)!, ...choices(model)]) {
        const rect = element.getBoundingClientRect();
        expect(rect.left, theme).to.be.at.least(box.left - 0.5);
        expect(rect.right, theme).to.be.at.most(box.right + 0.5);
      }
      expect(model.scrollWidth, 'nothing scrolls sideways').to.be.at.most(model.clientWidth);
      for (const button of [exportButton(model), ...choices(model)]) {
        expect(button.getBoundingClientRect().height).to.be.at.least(44);
      }
      const menu = getComputedStyle(menuOf(model)!);
      for (const button of choices(model)) {
        const style = getComputedStyle(button);
        const behind = style.backgroundColor;
        expect(contrastRatio(style.color, behind), `${theme}: ${button.textContent}`).to.be.at.least(4.5);
        const hint = button.nextElementSibling!;
        expect(contrastRatio(getComputedStyle(hint).color, menu.backgroundColor), `${theme}: ${hint.textContent}`).to.be.at.least(4.5);
        expect(contrastRatio(style.borderTopColor, menu.backgroundColor), `${theme}: the choice's outline`).to.be.at.least(3);
      }
      await expect(model).to.be.accessible();
      await realClick(exportButton(model));
      await model.updateComplete;
    }
  });

  it('keeps visible outlines in forced colours', async function () {
    const model = await renderModel(600);
    if (!(await emulate({ features: [{ name: 'forced-colors', value: 'active' }] }))) this.skip();
    try {
      await openMenu(model);
      for (const element of [menuOf(model)!, exportButton(model), ...choices(model)]) {
        const style = getComputedStyle(element);
        expect(style.borderTopStyle).to.equal('solid');
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        expect(contrastRatio(style.borderTopColor, getComputedStyle(menuOf(model)!).backgroundColor)).to.be.at.least(3);
      }
      // The figure exported in forced colours is what the viewer sees: system colours.
      const svg = await parseSvg(await model.exportFigure({ format: 'svg' }));
      const { fill } = await onScreen(model, PRACTICE_IDS[0]);
      expect(svg.getElementById(PRACTICE_IDS[0])!.querySelector('path')!.getAttribute('fill')).to.equal(hexOf(fill));
    } finally {
      await emulate({ features: [] });
    }
  });
});
