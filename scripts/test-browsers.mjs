/**
 * Runs the browser suite in the engines named (`node scripts/test-browsers.mjs webkit`), and
 * ends with the plain `N passed, N failed` line of that run alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const engines = process.argv[2] ?? 'chromium,firefox,webkit';
const report = `reports/browser-tests.${engines.replaceAll(',', '-')}.json`;
rmSync(report, { force: true });
const run = spawnSync('npx wtr', {
  shell: true,
  stdio: 'inherit',
  env: { ...process.env, BROWSERS: engines, TEST_REPORT: report },
});
const counts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
// A run that failed without failing a test (a browser did not start) still fails.
const failed = counts.failed + (run.status === 0 || counts.failed ? 0 : 1);
console.log(`\n${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
