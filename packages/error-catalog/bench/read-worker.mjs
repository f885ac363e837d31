// Runs one `readErrorResponse` case of the adversarial bench in a worker, so that a read that starves the
// event loop (a stream of empty chunks answered by microtasks alone) can be stopped from outside.
import { parentPort, workerData } from 'node:worker_threads';
import { readErrorResponse } from '../dist/index.js';
import { readCases } from './read-cases.mjs';

const [, make] = readCases()[workerData.index];
const times = [];
let outcome = 'resolves';
const started = performance.now();
for (let call = 0; call < 20 && performance.now() - started < 2000; call++) {
  const [response, options] = make();
  const t0 = performance.now();
  try {
    const error = await readErrorResponse(response, options);
    if (typeof error?.httpStatus !== 'number') outcome = 'resolves to something else';
  } catch {
    outcome = 'rejects';
  }
  times.push(performance.now() - t0);
}
parentPort.postMessage({ outcome, times });
