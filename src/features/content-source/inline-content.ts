/** A child `<script type="application/json">` with content, if the page gave one. */
export function inlineContent(host: Element): string | undefined {
  return host.querySelector(':scope > script[type="application/json"]')?.textContent;
}
