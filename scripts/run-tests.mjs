/**
 * `npm test`: every check, in order, each run even when an earlier one failed, then one line
 * `N passed, N failed` for CI. Browser tests count each test in each browser; the other
 * stages count as one check each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const stages = [
  { name: 'type check', command: 'npx tsc -p tsconfig.json --noEmit' },
  // no-missing-import: the panel's, film's and presenter's tags are defined by chunks loaded on
  // demand. no-invalid-css: its CSS data predates color-scheme, container queries and
  // print-color-adjust, which are valid.
  { name: 'lint (eslint with lit and wc plugins, lit-analyzer)', command: 'npm run --silent lint' },
  { name: 'build (bundle, library, types, manifest)', command: 'npm run --silent build' },
  { name: 'source maps point at their own lines', command: 'node scripts/check-source-maps.mjs' },
  { name: 'size budget (size-limit)', command: 'npx size-limit' },
  { name: 'npm pack contents', command: 'node scripts/check-package.mjs' },
  {
    name: 'custom-elements.json is committed as built',
    command: 'git diff --exit-code --stat -- custom-elements.json',
    skip: () => !existsSync('.git') && 'not a git checkout',
  },
  { name: 'browser tests (Chromium, Firefox ESR, WebKit)', command: 'npx wtr', report: 'reports/browser-tests.json' },
  {
    name: 'strict CSP and Trusted Types page (Chromium, Firefox ESR)',
    command: 'node test/csp/strict-csp.mjs',
    report: 'reports/csp.json',
  },
  {
    name: 'example apps (plain HTML, Vite, React 19, Vue 3: type checks, builds, Chromium)',
    command: 'node test/examples/examples.mjs',
    report: 'reports/examples.json',
  },
  {
    name: 'Storybook smoke test (every story in Chromium)',
    command: 'npm run --silent build:storybook && node test/storybook/smoke.mjs',
    report: 'reports/storybook.json',
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
rmSync('reports', { recursive: true, force: true });

for (const stage of stages) {
  const reason = stage.skip?.();
  if (reason) {
    totals.skipped += 1;
    lines.push(`- ${stage.name}: skipped (${reason})`);
    continue;
  }
  console.log(`\n▶ ${stage.name}: ${stage.command}`);
  const run = spawnSync(stage.command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  if (stage.report && existsSync(stage.report)) {
    const counts = JSON.parse(readFileSync(stage.report, 'utf8'));
    // A runner that failed without failing a test (e.g. a browser did not start) still fails.
    const failed = counts.failed + (ok || counts.failed ? 0 : 1);
    totals.passed += counts.passed;
    totals.failed += failed;
    totals.skipped += counts.skipped ?? 0;
    lines.push(`- ${stage.name}: ${counts.passed} passed, ${failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  } else {
    totals[ok ? 'passed' : 'failed'] += 1;
    lines.push(`- ${stage.name}: ${ok ? 'passed' : `failed (exit ${run.status})`}`);
  }
}

console.log(`\nSummary\n${lines.join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
