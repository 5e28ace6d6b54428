import { filmHost, filmKinds } from './film-hosts.js';
import {
  AUDIENCES,
  PRACTICE_IDS,
  type CaptionTrack,
  type CoreValue,
  type CultureCore,
  type Film,
  type FilmSource,
  type LinkFilmSource,
  type ModelContent,
  type Practice,
  type PracticeId,
  type ReflectionQuestions,
} from './types.js';
import { isRecord } from './is-record.js';

/** One problem found in content, with the JSON path of the offending field. */
export interface ContentProblem {
  /** JSON path, e.g. `practices[2].film.source.videoId`. */
  path: string;
  /** What was expected there, in plain English. */
  expected: string;
  /** A short description of what was found. */
  found: string;
}

/** Problems block the content; warnings (e.g. a film without captions) are reported but let it through. */
export type ValidationResult =
  | { ok: true; content: ModelContent; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

/** Labels longer than this cannot be wrapped into a segment at 280 px. */
export const MAX_LABEL_LENGTH = 48;
/** A core value is one line in the centre disc, so its label is shorter. */
export const MAX_VALUE_LABEL_LENGTH = 24;
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** Gathers every problem of one walk over the content. */
class Collector {
  readonly problems: ContentProblem[] = [];
  readonly warnings: ContentProblem[] = [];

  warn(path: string, expected: string, value: unknown): void {
    this.warnings.push({ path, expected, found: describe(value) });
  }

  add(path: string, expected: string, value: unknown): void {
    this.problems.push({ path, expected, found: describe(value) });
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text "${shown}"`;
  }
  return `a ${typeof value}`;
}

function text(c: Collector, value: unknown, path: string, maxLength = Infinity): string {
  if (typeof value !== 'string' || value.trim() === '') {
    c.add(path, 'a non-empty text', value);
    return '';
  }
  if (value.length > maxLength) {
    c.add(path, `a text of at most ${maxLength} characters`, `a text of ${value.length} characters`);
  }
  return value;
}

function list<T>(
  c: Collector,
  value: unknown,
  path: string,
  item: (value: unknown, path: string) => T,
  min = 1,
): T[] {
  if (!Array.isArray(value) || value.length < min) {
    c.add(path, `a list of at least ${min}`, value);
    return [];
  }
  return value.map((entry, index) => item(entry, `${path}[${index}]`));
}

/**
 * The object at `path`. A field it does not know is a problem too: a misspelt name (`"alone"`
 * for `"self"`) would otherwise be dropped without a word, and the editor left guessing.
 */
function record(c: Collector, value: unknown, path: string, fields?: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) {
    c.add(path, 'an object', value);
    return {};
  }
  for (const key of Object.keys(value)) {
    if (fields && !fields.includes(key)) {
      c.problems.push({
        path: path === '$' ? key : `${path}.${key}`,
        expected: `one of the fields ${fields.join(', ')}`,
        found: 'a field of another name',
      });
    }
  }
  return value;
}

/** Accepts https: URLs and relative references; rejects every other scheme. */
export function isSafeMediaUrl(value: string): boolean {
  const trimmed = value.trim();
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (scheme) return scheme[1].toLowerCase() === 'https';
  // A relative reference must not smuggle a scheme through control characters.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return !/[\u0000-\u001f\\]/.test(trimmed) && !trimmed.startsWith('//');
}

/** Whether the browser can read an absolute URL (`https://[` it cannot): the link needs its host name. */
function parses(href: string): boolean {
  try {
    new URL(href);
    return true;
  } catch {
    return false;
  }
}

function url(c: Collector, value: unknown, path: string, allowRelative: boolean): string {
  const href = text(c, value, path);
  if (!href) return href;
  const ok = allowRelative ? isSafeMediaUrl(href) : /^https:\/\/[^\s]+$/i.test(href.trim()) && parses(href);
  if (!ok) {
    c.add(path, allowRelative ? 'an https: or relative URL' : 'an https: URL', href);
  }
  return href;
}

function languageTag(c: Collector, value: unknown, path: string): string {
  const tag = text(c, value, path);
  if (tag && !LANG_TAG.test(tag)) c.add(path, 'a language tag such as "nb"', value);
  return tag;
}

function track(c: Collector, value: unknown, path: string): CaptionTrack {
  const r = record(c, value, path, ['src', 'srclang', 'label', 'default']);
  const result: CaptionTrack = {
    src: url(c, r.src, `${path}.src`, true),
    srclang: languageTag(c, r.srclang, `${path}.srclang`),
    label: text(c, r.label, `${path}.label`),
  };
  if (r.default !== undefined) {
    if (typeof r.default !== 'boolean') c.add(`${path}.default`, 'true or false', r.default);
    else result.default = r.default;
  }
  return result;
}

/** The fields a film source may have, by its kind; none to check while the kind itself is wrong. */
function sourceFields(value: unknown): readonly string[] | undefined {
  const kind = isRecord(value) ? value.kind : undefined;
  if (kind === 'file') return ['kind', 'src', 'type', 'poster', 'tracks'];
  if (kind === 'link') return ['kind', 'href', 'lang', 'label'];
  return typeof kind === 'string' && filmHost(kind) ? ['kind', 'videoId'] : undefined;
}

function filmSource(c: Collector, value: unknown, path: string): FilmSource {
  const r = record(c, value, path, sourceFields(value));
  switch (r.kind) {
    case 'file': {
      const source: FilmSource = {
        kind: 'file',
        src: url(c, r.src, `${path}.src`, true),
        tracks:
          r.tracks === undefined ? [] : list(c, r.tracks, `${path}.tracks`, (v, p) => track(c, v, p), 0),
      };
      if (source.tracks.length === 0) {
        // WCAG 2.1 success criterion 1.2.2 asks for captions on prerecorded video.
        c.warn(`${path}.tracks`, 'at least one caption track (WCAG 1.2.2)', r.tracks);
      }
      if (r.type !== undefined) source.type = text(c, r.type, `${path}.type`);
      if (r.poster !== undefined) source.poster = url(c, r.poster, `${path}.poster`, true);
      return source;
    }
    case 'link': {
      const source: LinkFilmSource = { kind: 'link', href: url(c, r.href, `${path}.href`, false) };
      if (r.lang !== undefined) source.lang = languageTag(c, r.lang, `${path}.lang`);
      if (r.label !== undefined) source.label = text(c, r.label, `${path}.label`);
      return source;
    }
    default: {
      const host = typeof r.kind === 'string' ? filmHost(r.kind) : undefined;
      if (!host) {
        c.add(`${path}.kind`, `one of the film sources ${filmKinds().map((k) => `"${k}"`).join(', ')}`, r.kind);
        return { kind: 'link', href: '' };
      }
      if (typeof r.videoId !== 'string' || !host.idPattern.test(r.videoId)) {
        c.add(`${path}.videoId`, `a ${host.name} video id (${host.idPattern.source})`, r.videoId);
      }
      return { kind: r.kind as string, videoId: String(r.videoId) };
    }
  }
}

function film(c: Collector, value: unknown, path: string): Film {
  const r = record(c, value, path, ['title', 'durationSeconds', 'source', 'transcript']);
  const result: Film = {
    title: text(c, r.title, `${path}.title`),
    source: filmSource(c, r.source, `${path}.source`),
  };
  if (r.durationSeconds !== undefined) {
    const d = r.durationSeconds;
    if (typeof d !== 'number' || !Number.isInteger(d) || d <= 0) {
      c.add(`${path}.durationSeconds`, 'a whole number of seconds above 0', d);
    } else {
      result.durationSeconds = d;
    }
  }
  if (r.transcript !== undefined) {
    result.transcript = list(c, r.transcript, `${path}.transcript`, (v, p) => text(c, v, p));
  }
  return result;
}

function questions(c: Collector, value: unknown, path: string): ReflectionQuestions {
  const r = record(c, value, path, AUDIENCES);
  const [self, team, leaders] = AUDIENCES.map((audience) =>
    list(c, r[audience], `${path}.${audience}`, (v, p) => text(c, v, p)),
  );
  return { self, team, leaders };
}

function practice(c: Collector, value: unknown, path: string): Practice {
  const r = record(c, value, path, ['id', 'title', 'label', 'intro', 'body', 'film', 'questions']);
  if (!PRACTICE_IDS.includes(r.id as PracticeId)) {
    c.add(`${path}.id`, `one of the practice ids ${PRACTICE_IDS.join(', ')}`, r.id);
  }
  return {
    id: r.id as PracticeId,
    title: text(c, r.title, `${path}.title`),
    label: text(c, r.label, `${path}.label`, MAX_LABEL_LENGTH),
    intro: text(c, r.intro, `${path}.intro`),
    body: list(c, r.body, `${path}.body`, (v, p) => text(c, v, p)),
    film: film(c, r.film, `${path}.film`),
    questions: questions(c, r.questions, `${path}.questions`),
  };
}

function coreValue(c: Collector, value: unknown, path: string): CoreValue {
  const r = record(c, value, path, ['id', 'label', 'text']);
  return {
    id: text(c, r.id, `${path}.id`),
    label: text(c, r.label, `${path}.label`, MAX_VALUE_LABEL_LENGTH),
    text: text(c, r.text, `${path}.text`),
  };
}

function core(c: Collector, value: unknown, path: string): CultureCore {
  const r = record(c, value, path, ['title', 'body', 'values']);
  const values = list(c, r.values, `${path}.values`, (v, p) => coreValue(c, v, p), 3);
  if (values.length > 3) c.add(`${path}.values`, 'exactly 3 values', r.values);
  return {
    title: text(c, r.title, `${path}.title`),
    body: list(c, r.body, `${path}.body`, (v, p) => text(c, v, p)),
    values,
  };
}

function practices(c: Collector, value: unknown, path: string): Practice[] {
  const result = list(c, value, path, (v, p) => practice(c, v, p), PRACTICE_IDS.length);
  if (result.length > PRACTICE_IDS.length) {
    c.add(path, `exactly ${PRACTICE_IDS.length} practices`, value);
  }
  const seen = new Set<string>();
  result.forEach((p, index) => {
    if (seen.has(p.id)) c.add(`${path}[${index}].id`, 'an id not used by another practice', p.id);
    seen.add(p.id);
  });
  return result;
}

/**
 * Checks untrusted content against the schema. Never throws: every problem is
 * returned with its JSON path, so the element can show all of them at once.
 */
export function validateContent(input: unknown): ValidationResult {
  const c = new Collector();
  // `$schema` lets an editor's JSON tooling find the schema.
  const r = record(c, input, '$', ['$schema', 'lang', 'title', 'description', 'sourceNote', 'core', 'practices']);
  const content: ModelContent = {
    lang: text(c, r.lang, 'lang'),
    title: text(c, r.title, 'title'),
    description: text(c, r.description, 'description'),
    sourceNote: text(c, r.sourceNote, 'sourceNote'),
    core: core(c, r.core, 'core'),
    practices: practices(c, r.practices, 'practices'),
  };
  const { problems, warnings } = c;
  return problems.length ? { ok: false, problems, warnings } : { ok: true, content, warnings };
}

/** Formats problems as one readable line each: `path: expected …, found …`. */
export function formatProblems(problems: readonly ContentProblem[]): string[] {
  return problems.map((p) => `${p.path}: expected ${p.expected}, found ${p.found}`);
}
