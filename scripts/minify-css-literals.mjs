/**
 * Rollup plugin: squeezes the white space and comments out of Lit's css`…` templates in our
 * own *.styles.ts modules, and line breaks with their indentation out of html`…` and svg`…`
 * templates. Terser leaves template text alone.
 * It only removes what CSS ignores: comments, runs of white space, and spaces next to { } ; , >
 * and after a colon. Interpolations (${…}) are left as they are.
 * Each change is an edit of a range of the source (magic-string), so the plugin returns a source
 * map and the bundle's maps point at the right lines.
 */
import MagicString from 'magic-string';

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/** A run of white space that holds a line break becomes one space (HTML treats both alike here). */
export function collapseMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * The text runs of every template with the given tag(s) in `code`: `[start, end]` offsets of the
 * literal text between the backticks and the ${…} expressions. Expressions are searched too, so
 * templates nested in them (a list's items) are found.
 */
export function templateTextRuns(code, tags) {
  const runs = [];
  const opener = new RegExp(`\\b(?:${tags.join('|')})\``, 'g');
  const scan = (from, to) => {
    opener.lastIndex = from;
    let match;
    while ((match = opener.exec(code)) && match.index < to) {
      let i = match.index + match[0].length;
      let start = i;
      while (i < code.length && code[i] !== '`') {
        if (code[i] === '\\') {
          i += 2;
          continue;
        }
        if (code[i] === '$' && code[i + 1] === '{') {
          runs.push([start, i]);
          // The expression up to its matching brace; templates inside it are runs too.
          const expressionStart = i + 2;
          let depth = 1;
          i = expressionStart;
          while (depth > 0 && i < code.length) {
            if (code[i] === '{') depth++;
            else if (code[i] === '}') depth--;
            i++;
          }
          scan(expressionStart, i - 1);
          start = i;
          continue;
        }
        i++;
      }
      runs.push([start, i]);
      opener.lastIndex = i + 1;
    }
  };
  scan(0, code.length);
  return runs;
}

/**
 * Rewrites each template text run. Markup is edited where its white space is, so every other
 * character keeps its place in the map; a CSS run is replaced whole (it maps to where it starts).
 */
function rewrite(code, id, tags, squeeze, { wholeRuns }) {
  const s = new MagicString(code);
  let changed = false;
  const replace = (start, end, text) => {
    if (text === code.slice(start, end)) return;
    changed = true;
    if (text) s.overwrite(start, end, text);
    else s.remove(start, end);
  };
  for (const [start, end] of templateTextRuns(code, tags)) {
    const text = code.slice(start, end);
    if (wholeRuns) {
      replace(start, end, squeeze(text));
      continue;
    }
    for (const match of text.matchAll(/\s*\n\s*/g)) {
      replace(start + match.index, start + match.index + match[0].length, squeeze(match[0]));
    }
  }
  return changed ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      if (id.endsWith('.styles.ts')) return rewrite(code, id, ['css'], minifyCss, { wholeRuns: true });
      return /\b(?:html|svg)`/.test(code) ? rewrite(code, id, ['html', 'svg'], collapseMarkup, { wholeRuns: false }) : null;
    },
  };
}
