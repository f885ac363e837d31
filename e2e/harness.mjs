// A small harness for the Playwright scripts: named checks, a pass/fail count, and the plain total line.
import { recordResults } from '../tooling/results.mjs';

export function createHarness(suite) {
  let passed = 0;
  let failed = 0;
  const failures = [];
  return {
    async check(name, body) {
      const started = Date.now();
      try {
        await body();
        passed += 1;
        console.log(`✓ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        failures.push(name);
        console.log(
          `✗ ${name}\n    ${String(error?.message ?? error)
            .split('\n')
            .slice(0, 6)
            .join('\n    ')}`,
        );
      }
    },
    finish() {
      if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
      recordResults(suite, passed, failed);
      return failed;
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
