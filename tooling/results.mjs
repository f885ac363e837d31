// Shared by the test scripts that are not Vitest (end-to-end, story checks): record counts for the total.
import fs from 'node:fs';
import path from 'node:path';

export function recordResults(suite, passed, failed, skipped = 0) {
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  const dir = process.env.PCE_RESULTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${suite}-${process.pid}.json`), JSON.stringify({ suite, passed, failed, skipped }));
}
