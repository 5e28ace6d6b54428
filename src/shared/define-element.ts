/**
 * Registers a custom element unless its tag is taken, so a script included twice, or an older
 * copy loaded first, never throws «this name has already been used».
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.info(`<${tag}> was already defined by another copy of the script, which is used.`);
  }
}
