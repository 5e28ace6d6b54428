/**
 * The one prefix of every console message and thrown error: the element's own tag, which is not
 * always `innovasjon-modell` (a page may register the class under another name).
 */
export function messagePrefix(tag = 'innovasjon-modell'): string {
  return `<${tag}>: `;
}
