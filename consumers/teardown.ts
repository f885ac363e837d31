// The fresh project is a few hundred megabytes (Next.js and its build): removed after the run, unless
// PCE_KEEP_CONSUMER is set to look into it.
import fs from 'node:fs';
import { consumerDir } from './project';

export default function teardown() {
  if (process.env.PCE_KEEP_CONSUMER) return;
  fs.rmSync(consumerDir(), { recursive: true, force: true });
}
