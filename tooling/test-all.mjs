#!/usr/bin/env node
// Runs every test of the repository (unit, browser, stories, end to end) and prints one total line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pce-results-'));
const env = {
  ...process.env,
  PCE_RESULTS_DIR: resultsDir,
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
};

const steps = [
  ['lint', 'pnpm', ['run', 'lint']],
  ['build', 'pnpm', ['turbo', 'run', 'build']],
  ['typecheck', 'pnpm', ['exec', 'tsc', '-b']],
  ['tests', 'pnpm', ['turbo', 'run', 'test', '--concurrency=1']],
];
const optional = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts;
for (const script of ['test:storybook', 'test:e2e'])
  if (optional[script]) steps.push([script, 'pnpm', ['run', script]]);

const totals = { passed: 0, failed: 0, skipped: 0 };
const read = new Set();
/** Adds the counts the step's runners left in the results folder; returns how many failed. */
function collect() {
  let failed = 0;
  for (const file of fs.readdirSync(resultsDir).filter((file) => !read.has(file))) {
    read.add(file);
    const counts = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    failed += counts.failed;
  }
  return failed;
}

const failedSteps = [];
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n::: ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(
    `::: ${name} ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const failedTests = collect();
  if (result.status === 0) continue;
  failedSteps.push(name);
  // A step that failed without recording a failed test (a build error, a runner that found no tests) still counts.
  if (failedTests === 0) totals.failed += 1;
}

const { passed, failed, skipped } = totals;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
