/**
 * Test-runner commands that the stock plugins lack, or have for some launchers only:
 * - `a11y-tree`: the full accessibility tree (every node, not just the «interesting» ones), so
 *   tests can assert the roles, names and states a screen reader gets;
 * - `emulate-media-features`: any CSS media feature, e.g. `forced-colors: active`, and the
 *   media type (`media: 'print'`);
 * - `cpu-throttling`: slows the page's CPU by `rate` (1 is full speed), as a slower device would be;
 * - `viewport`: the viewport's size, in WebKit too (the stock `setViewport` is puppeteer's only);
 * - `key-chord`: a key pressed while modifiers are held (`{ hold: ['Shift'], press: ' ' }`), which
 *   the stock `sendKeys` cannot do over WebDriver;
 * - `tap`: a touch tap at a point of the viewport, with touch emulated where the engine needs it;
 * - `type-text`: types text key by key; WebKit's driver drops spaces that follow a non-ASCII
 *   letter when the text comes as one sequence, so there each character goes on its own.
 * Commands an engine cannot do return `{ unsupported: true }`, and the test says so and skips.
 * The first three need the Chrome DevTools Protocol, which Firefox (driven over WebDriver BiDi)
 * and WebKit (over classic WebDriver) lack.
 */
const UNSUPPORTED = { unsupported: true };
const DONE = { done: true };
const COMMANDS = new Set(['a11y-tree', 'emulate-media-features', 'cpu-throttling', 'viewport', 'key-chord', 'tap', 'type-text']);
const cdpSessions = new WeakMap();
const touchEnabled = new WeakSet();

/** WebDriver's codes for the keys that are no character (W3C WebDriver, «keyboard actions»). */
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Meta: '\uE03D',
};

/** One DevTools session per page; puppeteer's own helper refuses `forced-colors`, CDP takes it. */
async function cdpFor(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
  return cdpSessions.get(page);
}

function isNotSupported(error) {
  return /CDP support is required|not supported|UnsupportedOperation/i.test(String(error));
}

/** Commands for the puppeteer-driven engines (Chromium over CDP, Firefox over BiDi). */
async function puppeteerCommand(page, command, payload, isFirefox) {
  switch (command) {
    case 'viewport':
      await page.setViewport({ width: payload.width, height: payload.height });
      return DONE;
    case 'key-chord':
      for (const key of payload.hold) await page.keyboard.down(key);
      await page.keyboard.press(payload.press);
      for (const key of [...payload.hold].reverse()) await page.keyboard.up(key);
      return DONE;
    case 'type-text':
      await page.keyboard.type(payload.text);
      return DONE;
    case 'tap':
      if (isFirefox) return UNSUPPORTED;
      if (!touchEnabled.has(page)) {
        // Touch events exist in the page only with touch emulation on; a reload is not needed.
        await (await cdpFor(page)).send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        touchEnabled.add(page);
      }
      await page.touchscreen.tap(payload.x, payload.y);
      return DONE;
  }
  if (isFirefox) return UNSUPPORTED;
  if (command === 'a11y-tree') return page.accessibility.snapshot({ interestingOnly: false });
  const cdp = await cdpFor(page);
  if (command === 'cpu-throttling') {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: payload?.rate ?? 1 });
    return DONE;
  }
  await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features: payload?.features ?? [] });
  return DONE;
}

/** Commands for WebKit over classic WebDriver (webdriverio). */
async function webdriverCommand(driver, command, payload) {
  switch (command) {
    case 'viewport': {
      // WebDriver sizes the window; the window's frame is what the viewport lacks of it.
      const frame = await driver.execute('return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];');
      await driver.setWindowSize(payload.width + frame[0], payload.height + frame[1]);
      return DONE;
    }
    case 'key-chord': {
      const code = (key) => WEBDRIVER_KEYS[key] ?? key;
      const actions = [
        ...payload.hold.map((key) => ({ type: 'keyDown', value: code(key) })),
        { type: 'keyDown', value: code(payload.press) },
        { type: 'keyUp', value: code(payload.press) },
        ...[...payload.hold].reverse().map((key) => ({ type: 'keyUp', value: code(key) })),
      ];
      await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
      await driver.releaseActions();
      return DONE;
    }
    case 'type-text':
      for (const character of payload.text) await driver.keys([character]);
      return DONE;
    case 'tap':
      await driver.performActions([
        {
          type: 'pointer',
          id: 'finger',
          parameters: { pointerType: 'touch' },
          actions: [
            { type: 'pointerMove', duration: 0, x: Math.round(payload.x), y: Math.round(payload.y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]);
      await driver.releaseActions();
      return DONE;
    default:
      return UNSUPPORTED;
  }
}

export function browserCommandsPlugin() {
  return {
    name: 'browser-commands',
    async executeCommand({ command, payload, session }) {
      if (!COMMANDS.has(command)) return undefined;
      try {
        if (session.browser.type === 'webdriver') {
          const driver = session.browser.driver;
          return driver ? await webdriverCommand(driver, command, payload) : UNSUPPORTED;
        }
        const page = session.browser.getPage?.(session.id);
        if (!page) return UNSUPPORTED;
        return await puppeteerCommand(page, command, payload, !!session.browserName?.toLowerCase().includes('firefox'));
      } catch (error) {
        if (isNotSupported(error)) return UNSUPPORTED;
        throw error;
      }
    },
  };
}
