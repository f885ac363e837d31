#!/usr/bin/env node
// `npm test`: Turborepo runs every check and suite (lint, type check, build, each package's Vitest projects, every
// story in every theme, the end-to-end suite), then the runners' own JSON reports (Vitest's `json` reporter,
// Playwright's `json` reporter) are summed into the one closing line CI reads: `N passed, N failed`.
// Each task that failed without a failed test (lint, a type error, a build, a crash) counts as one failure; a run
// in which no test ran at all is a failure too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TASKS = ['lint', 'typecheck', 'build', 'test', 'test:packages', 'test:storybook'];
/** The report files the runners write, relative to a workspace folder (see @pc-errors/tooling/vitest, e2e). */
const REPORTS = ['.test-results/vitest.json', '.test-results/playwright.json'];

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/** Every workspace folder, the root included. */
function workspaces() {
  const folders = ['.', 'tooling', 'e2e', 'consumers'];
  for (const parent of ['packages', 'apps'])
    for (const name of fs.readdirSync(path.join(root, parent)).sort()) folders.push(path.join(parent, name));
  return folders.filter((folder) => fs.existsSync(path.join(root, folder, 'package.json')));
}

/**
 * Counts from Vitest's JSON report (Jest's format) or Playwright's JSON report.
 * @param {any} report
 * @returns {Counts}
 */
function countsOf(report) {
  if (report.stats) {
    // Playwright: errors are failures outside any test (a web server that did not start, a broken config).
    const { expected = 0, flaky = 0, unexpected = 0, skipped = 0 } = report.stats;
    return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0), skipped };
  }
  /** @type {{ status: string, assertionResults: unknown[] }[]} */
  const files = report.testResults ?? [];
  // A file that failed to load has no tests in the report, but it is a failure.
  const brokenFiles = files.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

const folders = workspaces();
for (const folder of folders) for (const report of REPORTS) fs.rmSync(path.join(root, folder, report), { force: true });

const started = Date.now();
const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', ...TASKS, '--continue', '--concurrency=1', '--summarize'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', STORYBOOK_DISABLE_TELEMETRY: '1' },
});

/** @type {Counts} */
const total = { passed: 0, failed: 0, skipped: 0 };
/** @type {Map<string, number>} failed tests by workspace folder */
const failedIn = new Map();
console.log('\nSuites:');
for (const folder of folders) {
  for (const report of REPORTS) {
    const file = path.join(root, folder, report);
    if (!fs.existsSync(file)) continue;
    const counts = countsOf(JSON.parse(fs.readFileSync(file, 'utf8')));
    console.log(`  ${path.join(folder, report).padEnd(50)} ${counts.passed} passed, ${counts.failed} failed`);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
    failedIn.set(folder, (failedIn.get(folder) ?? 0) + counts.failed);
  }
}

// Turborepo's run summary says which tasks failed; one that failed without a failed test in its folder's reports
// (lint, typecheck, a build, a runner that crashed) counts as one failure.
const runs = path.join(root, '.turbo/runs');
const summaryFile = fs.existsSync(runs)
  ? fs
      .readdirSync(runs)
      .map((name) => path.join(runs, name))
      .filter((file) => fs.statSync(file).mtimeMs >= started)
      .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]
  : undefined;
/** @type {{ taskId: string, task: string, directory: string, execution?: { exitCode?: number } }[]} */
const tasks = summaryFile ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')).tasks : [];
let failedTasks = 0;
for (const task of tasks) {
  if (!task.execution || task.execution.exitCode === 0) continue;
  failedTasks += 1;
  if (task.task.startsWith('test') && (failedIn.get(path.normalize(task.directory || '.')) ?? 0) > 0) continue;
  console.log(`${task.taskId} failed without a failed test: counted as one failure.`);
  total.failed += 1;
}
if (turbo.status !== 0 && failedTasks === 0 && total.failed === 0) {
  console.log('Turborepo failed before any task did: counted as one failure.');
  total.failed += 1;
}
if (total.passed + total.failed === 0) {
  console.log('No test ran: counted as one failure.');
  total.failed += 1;
}
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(turbo.status === 0 && total.failed === 0 ? 0 : 1);
