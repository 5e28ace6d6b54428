import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { browserCommandsPlugin } from './test/support/browser-commands-plugin.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { rangeMiddleware } from './test/support/range-middleware.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';

import { CHROMIUM, CHROMIUM_ARGS, FIREFOX } from './test/support/browser.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      // gc() lets the lifecycle test measure the heap after a full collection.
      launchOptions: { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}
// WebKit runs each test file as a page of its own (concurrency 1, as the runner's is): its input
// commands fail inside the iframes the runner uses for more.
if (wanted.includes('webkit')) browsers.push(webkitLauncher());

/** `/delay/<ms>/<path>` serves <path> after <ms> milliseconds, for tests of requests in flight. */
async function delayMiddleware(context, next) {
  const match = /^\/delay\/(\d+)(\/.*)$/.exec(context.path);
  if (match) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(Number(match[1]), 5000)));
    context.path = match[2];
  }
  return next();
}

export default {
  middleware: [delayMiddleware, rangeMiddleware(process.cwd())],
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [browserCommandsPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter(process.env.TEST_REPORT ?? 'reports/browser-tests.json'),
  ],
};
