// Prints the plain closing line CI reads ("N passed, N failed") at the end of a Playwright Test run, as the
// Vitest reporter does for Vitest. An error outside any test (the web server did not start) counts as a failure.

/** @typedef {import('@playwright/test/reporter').Reporter} Reporter */
/** @typedef {import('@playwright/test/reporter').Suite} Suite */

/** @implements {Reporter} */
export default class PlainSummaryReporter {
  /** @type {Suite | undefined} */
  suite;
  errors = 0;

  /**
   * @param {unknown} _config
   * @param {Suite} suite
   */
  onBegin(_config, suite) {
    this.suite = suite;
  }

  onError() {
    this.errors += 1;
  }

  onEnd() {
    const counts = { passed: 0, failed: this.errors, skipped: 0 };
    for (const test of this.suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') counts.passed += 1;
      else if (outcome === 'unexpected') counts.failed += 1;
      else counts.skipped += 1;
    }
    console.log(
      `\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`,
    );
  }

  printsToStdio() {
    return false;
  }
}
