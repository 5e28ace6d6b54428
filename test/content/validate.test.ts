import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en/content.js';
import { nb } from '../../src/i18n/nb/content.js';
import { nn } from '../../src/i18n/nn/content.js';
import { isSafeMediaUrl, validateContent, type ContentProblem } from '../../src/model/validate.js';
import type { ModelContent } from '../../src/model/types.js';
import { contentWithFilms } from '../fixtures/content.js';

/** Validates a copy of the bokmål content after `change` has broken it. */
function problemsAfter(change: (content: Record<string, any>) => void): ContentProblem[] {
  const content = structuredClone(nb) as unknown as Record<string, any>;
  change(content);
  const result = validateContent(content);
  return result.ok ? [] : result.problems;
}

const paths = (problems: ContentProblem[]) => problems.map((p) => p.path);

describe('content validation', () => {
  const samples: Array<[string, ModelContent]> = [
    ['the built-in nb content', nb],
    ['the built-in nn content', nn],
    ['the built-in en content', en],
    ['content with every kind of film', contentWithFilms()],
  ];
  for (const [name, content] of samples) {
    it(`accepts ${name} as it is`, () => {
      const result = validateContent(content);
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
    });
  }

  it('names the path and what was expected for a missing field', () => {
    const problems = problemsAfter((c) => delete c.practices[2].intro);
    expect(problems).to.deep.equal([
      { path: 'practices[2].intro', expected: 'a non-empty text', found: 'nothing (the field is missing)' },
    ]);
  });

  it('reports a wrong type, an unknown id and a duplicate id', () => {
    const problems = problemsAfter((c) => {
      c.title = 42;
      c.practices[0].id = 'innovasjon';
      c.practices[3].id = c.practices[1].id;
    });
    expect(paths(problems)).to.deep.equal(['title', 'practices[0].id', 'practices[3].id']);
    expect(problems[0].found).to.equal('a number');
    expect(problems[1].expected).to.contain('tillit-og-risikovilje');
    expect(problems[2].expected).to.equal('an id not used by another practice');
  });

  it('reports an empty question list and an overlong label', () => {
    const problems = problemsAfter((c) => {
      c.practices[1].questions.team = [];
      c.practices[1].label = 'x'.repeat(80);
    });
    expect(paths(problems)).to.deep.equal(['practices[1].label', 'practices[1].questions.team']);
  });

  it('requires exactly four practices and three values', () => {
    expect(paths(problemsAfter((c) => c.practices.pop()))).to.deep.equal(['practices']);
    expect(paths(problemsAfter((c) => c.core.values.push(c.core.values[0])))).to.deep.equal(['core.values']);
  });

  it('reports a field of another name (a misspelt audience, say) and lets $schema through', () => {
    const problems = problemsAfter((c) => {
      c.$schema = 'https://example.no/innovasjon-modell.schema.json';
      c.practices[0].questions.alone = ['Hva ser du?'];
      c.core.values[1].tekst = 'Mot';
      c.practices[2].film.source.src = '/films/a.webm'; // a link's source has no src
    });
    expect(paths(problems)).to.deep.equal([
      'core.values[1].tekst',
      'practices[0].questions.alone',
      'practices[2].film.source.src',
    ]);
    expect(problems[1]).to.deep.equal({
      path: 'practices[0].questions.alone',
      expected: 'one of the fields self, team, leaders',
      found: 'a field of another name',
    });
  });

  it('rejects an unknown film host with the hosts it knows', () => {
    const problems = problemsAfter((c) => (c.practices[0].film.source = { kind: 'dailymotion', id: 'x' }));
    expect(problems[0].path).to.equal('practices[0].film.source.kind');
    expect(problems[0].expected).to.contain('"youtube"');
  });

  for (const src of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:video/mp4;base64,AAAA', 'http://example.org/a.mp4', '//evil.example/a.mp4', 'java\tscript:alert(1)']) {
    it(`rejects the film address ${JSON.stringify(src)}`, () => {
      const problems = problemsAfter((c) => (c.practices[0].film.source = { kind: 'file', src, tracks: [] }));
      expect(paths(problems)).to.include('practices[0].film.source.src');
    });
  }

  it('accepts https: and relative film addresses', () => {
    for (const src of ['https://video.example.no/a.webm', '/films/a.webm', 'films/a.webm', '../a.webm']) {
      expect(isSafeMediaUrl(src), src).to.equal(true);
    }
  });

  it("checks a link's page language and text, and an address the browser cannot read", () => {
    const link = (source: Record<string, unknown>) =>
      paths(problemsAfter((c) => (c.practices[0].film.source = { kind: 'link', href: 'https://example.no/film', ...source })));
    expect(link({ lang: 'nb', label: 'Finn filmen i arkivet' })).to.deep.equal([]);
    expect(link({ lang: 'bokmål', label: '' })).to.deep.equal([
      'practices[0].film.source.lang',
      'practices[0].film.source.label',
    ]);
    expect(link({ lang: 42, label: ['Finn'] })).to.deep.equal(['practices[0].film.source.lang', 'practices[0].film.source.label']);
    expect(link({ href: 'https://[' })).to.deep.equal(['practices[0].film.source.href']);
  });

  it('rejects malformed YouTube and Vimeo ids', () => {
    expect(paths(problemsAfter((c) => (c.practices[0].film.source = { kind: 'youtube', videoId: '"><img>' })))).to.deep.equal(['practices[0].film.source.videoId']);
    expect(paths(problemsAfter((c) => (c.practices[0].film.source = { kind: 'vimeo', videoId: 'abc' })))).to.deep.equal(['practices[0].film.source.videoId']);
  });

  it('warns, without rejecting, when a self-hosted film has no captions', () => {
    const content = contentWithFilms();
    (content.practices[0].film.source as { tracks: unknown[] }).tracks = [];
    const result = validateContent(content);
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['practices[0].film.source.tracks']);
    expect(result.warnings[0].expected).to.contain('WCAG 1.2.2');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 0, 'text', [], [1, 2], { practices: 'no' }, { core: [] }]) {
      const result = validateContent(input);
      expect(result.ok).to.equal(false);
      expect(result.ok ? [] : result.problems).to.not.be.empty;
    }
  });
});

describe('the JSON Schema shipped in the package', () => {
  it('requires what the validator requires, and names the same practice ids', async () => {
    const schema = await (await fetch('/schema/innovasjon-modell.schema.json')).json();
    expect(schema.required).to.deep.equal(['lang', 'title', 'description', 'sourceNote', 'core', 'practices']);
    expect(schema.$defs.practice.properties.id.enum).to.deep.equal(nb.practices.map((p) => p.id));
    expect(schema.$defs.practice.required).to.deep.equal(Object.keys(nb.practices[0]));
    expect(schema.properties.practices.minItems).to.equal(4);
    const link = schema.$defs.film.properties.source.oneOf.find((s: any) => s.properties.kind.const === 'link');
    expect(Object.keys(link.properties)).to.deep.equal(['kind', 'href', 'lang', 'label']);
    expect(new RegExp(schema.$defs.langTag.pattern).test('nb')).to.equal(true);
    // Like the validator, the schema names fields of another name (a misspelt key) as errors.
    const objects: Array<Record<string, unknown>> = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if ('properties' in node) objects.push(node as Record<string, unknown>);
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    expect(objects.length).to.be.at.least(10);
    expect(objects.filter((o) => o.additionalProperties !== false)).to.deep.equal([]);
    // The media URL rule rejects what isSafeMediaUrl rejects.
    const mediaUrl = new RegExp(schema.$defs.mediaUrl.pattern);
    for (const url of ['https://video.example.no/a.webm', '/films/a.webm', 'films/a.webm']) {
      expect(mediaUrl.test(url), url).to.equal(true);
    }
    for (const url of ['javascript:alert(1)', 'data:video/mp4;base64,AA', 'http://example.org/a.mp4', '//evil.example/a.mp4']) {
      expect(mediaUrl.test(url), url).to.equal(false);
    }
  });
});
