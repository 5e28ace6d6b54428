/**
 * The one prefix of every console message: the element's own tag, which is not always
 * `innovasjon-modell` (a page may register the class under another name).
 */
export function logPrefix(element?: Element): string {
  return `<${element?.localName ?? 'innovasjon-modell'}>: `;
}
