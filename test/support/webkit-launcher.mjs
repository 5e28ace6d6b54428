/**
 * WebKit (Safari's engine) for @web/test-runner, through Debian's WebKitGTK: its MiniBrowser
 * driven by WebKitWebDriver. WebKitGTK cannot run headless, so the launcher starts a virtual X
 * display (Xvfb) unless one is set, and starts the driver itself (webdriverio does not for
 * WebKitGTK). Both are stopped when the run ends, also when it ends by a signal or an error.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; `-displayfd` tells which one once it is ready. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-noreset', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let display = '';
    let errors = '';
    xvfb.stderr.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3].on('data', (chunk) => {
      display += chunk;
      if (display.includes('\n')) resolve({ process: xvfb, display: `:${display.trim()}` });
    });
    xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (apt install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb ended before it was ready (exit ${code}): ${errors.trim()}`)));
  });
}

/** Starts WebKitWebDriver and waits until it answers on its port. */
async function startDriver(port, env) {
  const driver = spawn(DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env });
  const exited = new Promise((_, reject) => {
    driver.on('error', (error) => reject(new Error(`WebKitWebDriver could not start (apt install webkit2gtk-driver): ${error.message}`)));
    driver.on('exit', (code) => reject(new Error(`WebKitWebDriver ended (exit ${code})`)));
  });
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const ready = await Promise.race([
      fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false),
      exited,
    ]);
    if (ready) return driver;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  driver.kill();
  throw new Error('WebKitWebDriver did not answer within 20 s');
}

/**
 * A launcher that owns its display and driver. With concurrency 1 the webdriver launcher runs
 * each test file as a page of its own; with more it uses iframes, where WebKit's input commands
 * fail, so the config must keep concurrency at 1 for it.
 */
export function webkitLauncher() {
  const children = [];
  let inner;
  const stopChildren = () => {
    for (const child of children.splice(0).reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stopChildren);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stopChildren();
      process.exit(130);
    });
  }

  return {
    name: 'WebKit',
    type: 'webdriver',
    async initialize(config, testFiles) {
      const env = { ...process.env };
      if (!env.DISPLAY) {
        const xvfb = await startXvfb();
        children.push(xvfb.process);
        env.DISPLAY = xvfb.display;
      }
      const port = await freePort();
      children.push(await startDriver(port, env));
      inner = webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          // Without it webdriverio asks for WebDriver BiDi, which WebKitGTK lacks, and the
          // session fails with «Failed to match capabilities».
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      });
      await inner.initialize(config, testFiles);
      this.name = 'WebKit';
    },
    async stop() {
      try {
        await inner?.stop();
      } finally {
        stopChildren();
      }
    },
    /** The webdriverio browser, for the test commands the stock plugins lack. */
    get driver() {
      return inner?.driver;
    },
    startSession: (id, url) => inner.startSession(id, url),
    isActive: (id) => inner?.isActive(id) ?? false,
    getBrowserUrl: (id) => inner.getBrowserUrl(id),
    stopSession: (id) => inner.stopSession(id),
    startDebugSession: (id, url) => inner.startDebugSession(id, url),
    sendMouseMove: (id, x, y) => inner.sendMouseMove(id, x, y),
    sendMouseClick: (id, x, y, button) => inner.sendMouseClick(id, x, y, button),
    sendMouseDown: (id, button) => inner.sendMouseDown(id, button),
    sendMouseUp: (id, button) => inner.sendMouseUp(id, button),
    resetMouse: (id) => inner.resetMouse(id),
    sendKeys: (id, keys) => inner.sendKeys(id, keys),
    takeScreenshot: (id, locator) => inner.takeScreenshot(id, locator),
  };
}
