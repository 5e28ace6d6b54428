import puppeteer from 'puppeteer-core';

/** Debian's browsers; none can be downloaded on these machines (see README, «Development»). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';

/** As root Chromium needs no sandbox; the next three keep it off a network it cannot reach anyway. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // A test page that loses the foreground (to another tab, or under load) keeps its timers and
  // frames running, so it finishes instead of waiting on a frame that never comes.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Debian's Chromium, started as the smoke test and the benchmark need it. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
