/**
 * Rollup plugin: squeezes the white space and comments out of Lit's css`…` templates in our
 * own *.styles.ts modules, and line breaks with their indentation out of html`…` and svg`…`
 * templates. Terser leaves template text alone.
 * It only removes what CSS ignores: comments, runs of white space, and spaces next to { } ; , >
 * and after a colon. Interpolations (${…}) are left as they are.
 */
const CSS_TEMPLATE = /css`([^`]*)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Lit html`…` and svg`…` templates: a run of white space that holds a line break becomes one
 * space (HTML treats both alike between attributes and, for our templates, between elements).
 * ${…} expressions are copied as they are, except for the templates inside them (a list's
 * items, say), which are collapsed the same way.
 */
export function collapseMarkupWhitespace(code) {
  let result = '';
  let index = 0;
  const opener = /\b(?:html|svg)`/g;
  let match;
  while ((match = opener.exec(code))) {
    result += code.slice(index, match.index + match[0].length);
    let i = match.index + match[0].length;
    let text = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '$' && code[i + 1] === '{') {
        result += text.replace(/\s*\n\s*/g, ' ');
        text = '';
        // The expression up to its matching brace, with the templates inside it collapsed too.
        const start = i++; // from the $, so the loop starts on the brace
        let depth = 0;
        do {
          if (code[i] === '{') depth++;
          if (code[i] === '}') depth--;
          i++;
        } while (depth > 0 && i < code.length);
        result += collapseMarkupWhitespace(code.slice(start, i));
        continue;
      }
      text += code[i++];
    }
    result += text.replace(/\s*\n\s*/g, ' ') + '`';
    index = i + 1;
    opener.lastIndex = index;
  }
  return result + code.slice(index);
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      if (id.endsWith('.styles.ts')) {
        return {
          code: code.replace(CSS_TEMPLATE, (_, body) => {
            // Keep ${…} intact: minify the plain text between interpolations only.
            const parts = body.split(/(\$\{[^}]*\})/);
            return `css\`${parts.map((part) => (part.startsWith('${') ? part : minifyCss(part))).join('')}\``;
          }),
          map: null,
        };
      }
      return /\b(?:html|svg)`/.test(code) ? { code: collapseMarkupWhitespace(code), map: null } : null;
    },
  };
}
