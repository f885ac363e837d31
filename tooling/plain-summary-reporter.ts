// Prints the plain closing line CI reads ("N passed, N failed"), and, when PCE_RESULTS_DIR is set,
// leaves the counts in a file so tooling/test-all.mjs can print one total for the whole run.
import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      // A file that fails to import has no tests, but it is still a failure.
      if (testModule.state() === 'failed' && ![...testModule.children.allTests()].length) failed += 1;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    failed += unhandledErrors.length;
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    console.log(`\n${line}`);
    const dir = process.env.PCE_RESULTS_DIR;
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `vitest-${process.pid}-${Date.now()}.json`);
      fs.writeFileSync(file, JSON.stringify({ suite: process.cwd(), passed, failed, skipped }));
    }
  }
}
