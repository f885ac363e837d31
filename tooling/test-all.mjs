#!/usr/bin/env node
// Runs every test of the repository (unit, browser, stories, end to end) and prints one total line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pce-results-'));
const env = { ...process.env, PCE_RESULTS_DIR: resultsDir, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' };

const steps = [
  ['build', 'pnpm', ['turbo', 'run', 'build']],
  ['typecheck', 'pnpm', ['exec', 'tsc', '-b']],
  ['tests', 'pnpm', ['turbo', 'run', 'test', '--concurrency=1']],
];
const optional = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts;
for (const script of ['test:storybook', 'test:e2e']) if (optional[script]) steps.push([script, 'pnpm', ['run', script]]);

let failedSteps = [];
for (const [name, command, args] of steps) {
  const started = Date.now();
  console.log(`\n::: ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`::: ${name} ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of fs.readdirSync(resultsDir)) {
  const counts = JSON.parse(fs.readFileSync(path.join(resultsDir, file), 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
}
// A step that failed without recording a failed test (a build or type error) still fails the run.
failed += failedSteps.filter((name) => ['build', 'typecheck'].includes(name)).length;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
