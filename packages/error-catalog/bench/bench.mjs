#!/usr/bin/env node
// Prints lookups/s for getEntry and calls/s for parseErrorResponse against the budgets given with each below.
// A benchmark, not a test: it reports numbers and never fails on a slow machine.
import { catalog, getEntry, parseErrorResponse } from '../dist/index.js';

function measure(name, budget, unit, body) {
  // Warm up so the JIT has compiled the hot path, then take the median of several timed rounds.
  for (let i = 0; i < 3; i++) body();
  const rates = [];
  for (let round = 0; round < 7; round++) {
    const started = process.hrtime.bigint();
    const operations = body();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates.push(operations / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  const verdict = median >= budget ? 'within budget' : 'BELOW budget';
  console.log(
    `${name.padEnd(44)} ${Math.round(median).toLocaleString('en').padStart(13)} ${unit}  (budget ≥ ${budget.toLocaleString('en')}: ${verdict})`,
  );
  return median;
}

const keys = catalog.map((entry) => [entry.code, entry.httpStatus]);
const lookups = 1_000_000;
measure('getEntry(code, status)', 5_000_000, 'lookups/s', () => {
  let found = 0;
  for (let i = 0; i < lookups; i++) {
    const [code, status] = keys[i % keys.length];
    if (getEntry(code, status)) found++;
  }
  if (found !== lookups) throw new Error('lookup missed');
  return lookups;
});

const responses = catalog.slice(0, 64).map((entry, i) => ({
  status: entry.httpStatus,
  headers: {
    'Content-Type': 'application/json',
    'MS-CorrelationId': `c0a8f3e2-${i}`,
    'MS-RequestId': `5d1c-${i}`,
    'Retry-After': i % 4 ? undefined : '30',
  },
  body: JSON.stringify({
    code: entry.code,
    description: entry.message.replaceAll('{0}', 'A1B2'),
    data: [],
    source: 'PartnerFD',
  }),
}));
const parses = 100_000;
measure('parseErrorResponse(typical JSON response)', 200_000, 'calls/s  ', () => {
  for (let i = 0; i < parses; i++) parseErrorResponse(responses[i % responses.length]);
  return parses;
});

const { adversarial } = await import('./adversarial.mjs');
const { memory } = await import('./memory.mjs');
memory();
await adversarial();
