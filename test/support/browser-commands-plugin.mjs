/**
 * Test-runner commands that the stock plugins lack for puppeteer-driven browsers:
 * - `a11y-tree`: the full accessibility tree (every node, not just the «interesting» ones), so
 *   tests can assert the roles, names and states a screen reader gets;
 * - `emulate-media-features`: any CSS media feature, e.g. `forced-colors: active`, and the
 *   media type (`media: 'print'`);
 * - `cpu-throttling`: slows the page's CPU by `rate` (1 is full speed), as a slower device would be.
 * Both need the Chrome DevTools Protocol. Firefox is driven over WebDriver BiDi, which has
 * neither; there the commands return `{ unsupported: true }` and the test is skipped.
 */
const UNSUPPORTED = { unsupported: true };
const cdpSessions = new WeakMap();

/** One DevTools session per page; puppeteer's own helper refuses `forced-colors`, CDP takes it. */
async function cdpFor(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
}

function isNotSupported(error) {
  return /CDP support is required|not supported|UnsupportedOperation/i.test(String(error));
}

export function browserCommandsPlugin() {
  return {
    name: 'browser-commands',
    async executeCommand({ command, payload, session }) {
      if (!['a11y-tree', 'emulate-media-features', 'cpu-throttling'].includes(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || session.browserName?.toLowerCase().includes('firefox')) return UNSUPPORTED;
      try {
        if (command === 'a11y-tree') return await page.accessibility.snapshot({ interestingOnly: false });
        const cdp = await cdpFor(page);
        if (command === 'cpu-throttling') {
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: payload?.rate ?? 1 });
          return { done: true };
        }
        await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features: payload?.features ?? [] });
        return { done: true };
      } catch (error) {
        if (isNotSupported(error)) return UNSUPPORTED;
        throw error;
      }
    },
  };
}
