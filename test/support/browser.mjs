import puppeteer from 'puppeteer-core';

/** Debian's Chromium, started as the tests and the benchmark need it (see README, «Testing»). */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
