import { expect } from '@open-wc/testing';
import { nb } from '../../src/i18n/nb/content.js';
import { en } from '../../src/i18n/en/content.js';
import { repairContent } from '../../src/model/repair.js';
import { validateContent } from '../../src/model/validate.js';
import type { ModelContent } from '../../src/model/types.js';

/** The page's content: English, so a part kept from it is told apart from the built-in (bokmål). */
const own = (): Record<string, any> => structuredClone(en) as unknown as Record<string, any>;

function repaired(input: unknown): ModelContent {
  const checked = validateContent(input);
  expect(checked.ok, 'the input is broken').to.equal(false);
  const result = validateContent(repairContent(input, checked.ok ? [] : checked.problems, nb));
  if (!result.ok) throw new Error(`the repair is not valid: ${JSON.stringify(result.problems)}`);
  return result.content;
}

const titles = (content: ModelContent) => content.practices.map((p) => p.title);

describe('repair keeps every valid part', () => {
  it('replaces one broken practice with the built-in one of the same id', () => {
    const input = own();
    delete input.practices[1].questions.self;
    const content = repaired(input);
    expect(titles(content)).to.deep.equal([en.practices[0].title, nb.practices[1].title, en.practices[2].title, en.practices[3].title]);
    expect(content.title).to.equal(en.title);
  });

  it('fills a list of three with the practice the page left out, in its place', () => {
    const input = own();
    input.practices.splice(2, 1);
    const content = repaired(input);
    expect(content.practices.map((p) => p.id)).to.have.members(nb.practices.map((p) => p.id));
    expect(titles(content).filter((t) => en.practices.some((p) => p.title === t))).to.have.length(3);
    expect(titles(content)).to.include(nb.practices[2].title);
  });

  it('cuts a list of five to four, keeping the valid ones', () => {
    const input = own();
    input.practices.push(structuredClone(en.practices[0]));
    const content = repaired(input);
    expect(titles(content)).to.deep.equal(en.practices.map((p) => p.title));
  });

  it('gives a second practice with an id already used the place of the one left out', () => {
    const input = own();
    input.practices[3].id = input.practices[0].id;
    const content = repaired(input);
    expect(content.practices.map((p) => p.id)).to.deep.equal(nb.practices.map((p) => p.id));
    expect(titles(content)).to.deep.equal([...en.practices.slice(0, 3).map((p) => p.title), nb.practices[3].title]);
  });

  it('drops a field of no known name and keeps everything else', () => {
    const input = own();
    input.colour = 'red';
    const content = repaired(input);
    expect(content).to.deep.equal(en);
  });

  it('replaces practices that are not a list with the built-in ones, and keeps the rest', () => {
    const input = own();
    input.practices = 'none';
    const content = repaired(input);
    expect(titles(content)).to.deep.equal(nb.practices.map((p) => p.title));
    expect(content.core).to.deep.equal(en.core);
    expect(content.description).to.equal(en.description);
  });

  it('replaces a broken core and a missing text, keeping the practices', () => {
    const input = own();
    input.core.values.pop();
    delete input.sourceNote;
    const content = repaired(input);
    expect(content.core).to.deep.equal(nb.core);
    expect(content.sourceNote).to.equal(nb.sourceNote);
    expect(titles(content)).to.deep.equal(en.practices.map((p) => p.title));
  });
});
