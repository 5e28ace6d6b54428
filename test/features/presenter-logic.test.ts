import { expect } from '@open-wc/testing';
import { Countdown, DEFAULT_LENGTH, clockText } from '../../src/features/presenter/countdown.js';
import { followLink, shortAddress } from '../../src/features/presenter/follow-link.js';
import { paginate, type Fits } from '../../src/features/presenter/presenter-pages.js';
import { keyAction, keyLabel, PRESENTER_KEYS } from '../../src/features/presenter/presenter-keys.js';
import { presenterSteps, stepIndexOf } from '../../src/features/presenter/presenter-steps.js';
import { qrDrawing, MAX_VERSION } from '../../src/features/presenter/qr-code.js';
import { tools as enTools } from '../../src/i18n/en/tools.js';
import { nb } from '../../src/i18n/nb/content.js';
import { tools as nbTools } from '../../src/i18n/nb/tools.js';
import { tools as nnTools } from '../../src/i18n/nn/tools.js';
import { partPieces } from '../../src/model/part-pieces.js';
import { CORE_ID, PRACTICE_IDS } from '../../src/model/types.js';

const practice = nb.practices[1];

/** A screen `room` units high, where each piece is `height(key)` units and each page's heading 1. */
function screen(room: number, height: (key: string) => number): { fits: Fits; asked: string[][] } {
  const asked: string[][] = [];
  const fits: Fits = async (keys) => {
    asked.push([...keys]);
    return 1 + keys.reduce((sum, key) => sum + height(key), 0) <= room;
  };
  return { fits, asked };
}

const unit = () => 1;

describe('presenter mode: pages that fit the screen', () => {
  it('keeps a part on one page when it fits, asking once', async () => {
    const pieces = partPieces(practice);
    const { fits, asked } = screen(100, unit);
    expect(await paginate(pieces, fits)).to.deep.equal([pieces.map((piece) => piece.key)]);
    expect(asked).to.have.length(1);
  });

  it('splits a practice into its text, its film, and each audience\'s questions, as far as needed', async () => {
    const pieces = partPieces(practice);
    // Intro and four paragraphs: 5; film: 1; each audience: 4. Room for 6 under the heading.
    const pages = await paginate(pieces, screen(7, unit).fits);
    expect(pages).to.deep.equal([
      ['intro', 'body:0', 'body:1', 'body:2', 'body:3', 'film'],
      ['question:self:0', 'question:self:1', 'question:self:2', 'question:self:3'],
      ['question:team:0', 'question:team:1', 'question:team:2', 'question:team:3'],
      ['question:leaders:0', 'question:leaders:1', 'question:leaders:2', 'question:leaders:3'],
    ]);
  });

  it('lets whole audiences share a page, but never a piece of a split section with another', async () => {
    const pieces = partPieces(practice);
    // Room for 8: two audiences together; the text (5) and the film (1) together too.
    const pages = await paginate(pieces, screen(9, unit).fits);
    expect(pages.map((page) => page.length)).to.deep.equal([6, 8, 4]);
  });

  it('splits one audience\'s questions evenly when they do not fit on one page: two and two, not three and one', async () => {
    const pieces = partPieces(practice, true);
    const pages = await paginate(pieces, screen(4, unit).fits);
    expect(pages.map((page) => page.length)).to.deep.equal([2, 2, 2, 2, 2, 2]);
    expect(pages.flat()).to.deep.equal(pieces.map((piece) => piece.key));
  });

  it('puts a piece taller than the screen on a page of its own, and goes on', async () => {
    const pieces = partPieces(practice);
    const tall = (key: string) => (key === 'body:1' ? 50 : 1);
    const pages = await paginate(pieces, screen(7, tall).fits);
    expect(pages[0]).to.deep.equal(['intro', 'body:0']);
    expect(pages[1]).to.deep.equal(['body:1']);
    expect(pages[2]).to.deep.equal(['body:2', 'body:3']);
    expect(pages.flat()).to.deep.equal(pieces.map((piece) => piece.key));
  });

  it('gives the core its text and its values', async () => {
    const pieces = partPieces(nb.core);
    expect(await paginate(pieces, screen(4, unit).fits)).to.deep.equal([
      ['body:0', 'body:1', 'body:2'],
      ['value:0', 'value:1', 'value:2'],
    ]);
  });

  it('counts every page as a step, and finds a part\'s first page', () => {
    const pages: Record<string, number> = { [CORE_ID]: 2, [PRACTICE_IDS[0]]: 3, [`${PRACTICE_IDS[0]}/questions`]: 2 };
    const steps = presenterSteps(PRACTICE_IDS, true, (key) => pages[key]);
    expect(steps).to.have.length(1 + 2 + 3 + 2 + 3 * 2);
    expect(steps[3]).to.deep.equal({ kind: 'part', id: PRACTICE_IDS[0], page: 0 });
    expect(stepIndexOf(steps, PRACTICE_IDS[0], true)).to.equal(6);
    expect(stepIndexOf(steps, PRACTICE_IDS[0], false, 2)).to.equal(5);
    expect(stepIndexOf(steps, PRACTICE_IDS[0], false, 9), 'no such page: the first').to.equal(3);
    expect(stepIndexOf(steps, '')).to.equal(0);
  });
});

describe('presenter mode: keys', () => {
  const anywhere = { ownsKeys: false, pressable: false };
  const press = (key: string, shiftKey = false, context = anywhere) => keyAction({ key, shiftKey }, context);

  it('reads the clicker\'s keys, the letters in either case, and Escape', () => {
    expect(press('ArrowRight')).to.equal('next');
    expect(press('PageDown')).to.equal('next');
    expect(press(' ')).to.equal('next');
    expect(press(' ', true)).to.equal('previous');
    expect(press('Home')).to.equal('first');
    expect(press('End')).to.equal('last');
    expect(press('b')).to.equal('blackout');
    expect(press('B', true)).to.equal('blackout');
    expect(press('.')).to.equal('blackout');
    expect(press('q')).to.equal('qr');
    expect(press('t')).to.equal('timer-run');
    expect(press('h')).to.equal('help');
    expect(press('?', true)).to.equal('help');
    expect(press('Escape')).to.equal('exit');
    expect(press('x')).to.equal(undefined);
    expect(press('Enter')).to.equal(undefined);
  });

  it('leaves a field its keys, and Space on a button to the button; Escape still leaves', () => {
    const field = { ownsKeys: true, pressable: false };
    for (const key of ['ArrowRight', 'b', 'q', ' ']) expect(press(key, false, field), key).to.equal(undefined);
    expect(press('Escape', false, field)).to.equal('exit');
    const button = { ownsKeys: false, pressable: true };
    expect(press(' ', false, button)).to.equal(undefined);
    expect(press('ArrowRight', false, button)).to.equal('next');
    expect(press('b', false, button)).to.equal('blackout');
  });

  it('names every key in words the list of keys can show', () => {
    const words = { space: 'Mellomrom', shift: 'Skift' };
    const labels = PRESENTER_KEYS.flatMap(({ keys }) => keys.map((key) => keyLabel(key, words)));
    expect(labels).to.deep.equal(['→', 'Page Down', 'Mellomrom', '←', 'Page Up', 'Skift + Mellomrom', 'Home', 'End', 'B', '.', 'Q', 'T', 'H', '?', 'Esc']);
  });
});

describe('presenter mode: the keys in the README', () => {
  it('lists every key with the words of the list of keys, in bokmål, nynorsk and English', async () => {
    const readme = await (await fetch('/README.md')).text();
    const lines = readme.slice(readme.indexOf('| key (presenter mode only) |')).split('\n');
    const rows = lines
      .slice(2, lines.findIndex((line) => !line.startsWith('|')))
      .map((line) => line.split('|').slice(2, 5).map((cell) => cell.trim()));
    const expected = PRESENTER_KEYS.map(({ action }) => [nbTools, nnTools, enTools].map((tools) => tools.presenter.keys[action]));
    expect(rows).to.deep.equal(expected);
  });
});

describe('presenter mode: the countdown', () => {
  const MINUTE = 60_000;

  it('counts down from 5 minutes, pauses, and ends at zero', () => {
    const countdown = new Countdown();
    expect(countdown.left(0)).to.equal(DEFAULT_LENGTH);
    expect(clockText(countdown.left(0))).to.equal('5:00');
    countdown.toggle(1000);
    expect(countdown.running).to.equal(true);
    expect(clockText(countdown.left(1000 + 1500))).to.equal('4:59');
    countdown.toggle(1000 + MINUTE);
    expect(countdown.left(1000 + 10 * MINUTE), 'paused').to.equal(4 * MINUTE);
    countdown.toggle(2 * MINUTE);
    expect(countdown.done(6 * MINUTE)).to.equal(true);
    expect(countdown.left(60 * MINUTE)).to.equal(0);
    expect(clockText(0)).to.equal('0:00');
    countdown.toggle(60 * MINUTE);
    expect(countdown.left(60 * MINUTE), 'at zero a new round starts').to.equal(DEFAULT_LENGTH);
  });

  it('changes its length by whole minutes before it starts, and the time left after', () => {
    const countdown = new Countdown();
    countdown.adjust(1, 0);
    expect(countdown.length).to.equal(6 * MINUTE);
    for (let i = 0; i < 10; i++) countdown.adjust(-1, 0);
    expect(countdown.length, 'never below a minute').to.equal(MINUTE);
    countdown.adjust(3, 0);
    countdown.toggle(0);
    countdown.adjust(1, 30_000);
    expect(countdown.left(30_000)).to.equal(4 * MINUTE + 30_000);
    expect(countdown.length, 'the length stays').to.equal(4 * MINUTE);
    countdown.adjust(-10, 40_000);
    expect(countdown.done(40_000)).to.equal(true);
    countdown.reset();
    expect(countdown.untouched).to.equal(true);
    expect(countdown.left(99 * MINUTE)).to.equal(4 * MINUTE);
  });
});

describe('presenter mode: the link to follow on a phone', () => {
  it('is the page\'s address without its hash, plus the element\'s deep link', () => {
    const page = 'https://www.example.no/ledelse/innovasjon?tab=2#kontakt&modell-b=kjerne';
    expect(followLink(page, 'modell', { part: 'tillit-og-risikovilje', questions: false })).to.equal(
      'https://www.example.no/ledelse/innovasjon?tab=2#modell=tillit-og-risikovilje',
    );
    expect(followLink(page, 'modell', { part: 'tillit-og-risikovilje', questions: true })).to.equal(
      'https://www.example.no/ledelse/innovasjon?tab=2#modell=tillit-og-risikovilje%2Fsporsmal',
    );
  });

  it('uses the key deep links use for an element without an id', () => {
    expect(followLink('https://example.no/a', '', { part: CORE_ID, questions: false })).to.equal('https://example.no/a#innovasjon-modell=kjerne');
  });

  it('is the page alone on the overview, or without deep links', () => {
    expect(followLink('https://example.no/a#x', 'modell', { part: '', questions: false })).to.equal('https://example.no/a');
    expect(followLink('https://example.no/a#x', 'modell')).to.equal('https://example.no/a');
  });

  it('is printed short and readable', () => {
    expect(shortAddress('https://www.example.no/l%C3%A6ring#modell=kjerne')).to.equal('www.example.no/læring#modell=kjerne');
    expect(shortAddress('http://example.no/%E0%A4%A')).to.equal('example.no/%E0%A4%A');
  });

  it('is drawn as a code while it fits a code a room can read, and refused beyond that', () => {
    const drawing = qrDrawing('https://www.example.no/innovasjon#modell=tillit-og-risikovilje%2Fsporsmal');
    expect(drawing).to.exist;
    expect(drawing!.size).to.be.below(4 * MAX_VERSION + 17 + 8);
    expect(drawing!.path).to.match(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(qrDrawing(`https://example.no/${'a'.repeat(700)}`)).to.equal(undefined);
  });
});
