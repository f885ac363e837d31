// The adversarial section of `pnpm bench`: the worst cost per call of reading, parsing and writing a ticket
// for 64 KiB of each hostile shape, against the budget of 5 ms per call. Prints numbers; never fails.
import { Worker } from 'node:worker_threads';
import {
  diagnosticsText,
  parseCartErrors,
  parseCheckoutResult,
  parseErrorResponse,
  redactSecrets,
} from '../dist/index.js';
import { readCases } from './read-cases.mjs';
import { diagnosticsShapes, fill, lineItemShapes, maskerUnits, parseShapes } from './shapes.mjs';

const BUDGET_MS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(2)).padStart(9);

/** Median ms per call over up to 9 calls (or 1.5 s), after one call to warm up; inputs are made untimed. */
function perCall(make, run) {
  run(make(0));
  const times = [];
  const started = performance.now();
  for (let i = 1; i <= 9 && performance.now() - started < 1500; i++) {
    const input = make(i);
    const t0 = performance.now();
    run(input);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function section(title, shapes, run) {
  console.log(`\n${title}`);
  let worst = ['', 0];
  for (const [name, make] of shapes) {
    const cost = perCall(make, run);
    if (cost > worst[1]) worst = [name, cost];
    console.log(`  ${name.padEnd(60)} ${ms(cost)} ms/call`);
  }
  console.log(
    `  worst: ${worst[0]}, ${worst[1].toFixed(2)} ms/call (budget < ${BUDGET_MS} ms: ${worst[1] < BUDGET_MS ? 'within' : 'OVER'})`,
  );
}

// A starved event loop cannot run its own timer: each case runs in a worker that is stopped from here.
function readCase(index) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: { index }, execArgv: [] });
    const timer = setTimeout(() => {
      resolve({ outcome: 'never settles (stopped after 4 s)', times: [] });
      void worker.terminate();
    }, 4000);
    worker.once('message', (result) => {
      clearTimeout(timer);
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ outcome: `worker failed: ${error.message}`, times: [] });
    });
    // The loop emptied with the promise still pending: nothing will ever settle it.
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve({ outcome: 'never settles (nothing left to run)', times: [] });
    });
  });
}

export async function adversarial() {
  console.log(
    `\nAdversarial inputs, 64 KiB each: median ms per call (Node ${process.version}, ${new Date().toISOString()})`,
  );
  section('parseErrorResponse', parseShapes, parseErrorResponse);
  section('diagnosticsText', diagnosticsShapes(parseErrorResponse), diagnosticsText);
  // The public masker takes text of any length; a ticket cuts each value first, so this is its own worst case.
  section(
    'redactSecrets (64 KiB, uncut)',
    maskerUnits.map(([name, unit]) => [name, (i) => fill(unit, i)]),
    redactSecrets,
  );
  section(
    'parseCartErrors and parseCheckoutResult',
    lineItemShapes.map(([name, kind, make]) => [name, (i) => [kind, make(i)]]),
    ([kind, body]) => (kind === 'cart' ? parseCartErrors(body) : parseCheckoutResult(body)),
  );
  console.log('\nreadErrorResponse (each case in a worker; a call is one whole read)');
  let worst = ['', 0];
  const cases = readCases();
  for (let index = 0; index < cases.length; index++) {
    const name = cases[index][0];
    const { outcome, times } = await readCase(index);
    // The first calls warm the engine up in a fresh worker; the median of the rest is the cost.
    const cost = times.length ? median(times.length > 3 ? times.slice(3) : times) : Infinity;
    // Cases that wait on purpose (a timeout, a signal) are measured against their wait, not the budget.
    const waits = /timeoutMs|signal/.test(name);
    if (!waits && cost > worst[1]) worst = [name, cost];
    console.log(`  ${name.padEnd(58)} ${times.length ? `${ms(cost)} ms/call` : '        -        '}  ${outcome}`);
  }
  console.log(
    `  worst: ${worst[0]}, ${Number.isFinite(worst[1]) ? `${worst[1].toFixed(2)} ms/call` : 'never settles'} (budget < ${BUDGET_MS} ms: ${worst[1] < BUDGET_MS ? 'within' : 'OVER'})`,
  );
}
