// Retained memory of 1,000 errors parsed from 64 KiB bodies: what an error log of a portal holds on to.
// Measured as the growth of the V8 heap (after full collections) while the errors, and only they, are kept.
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseErrorResponse } from '../dist/index.js';
import { fill, SIZE } from './shapes.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const COUNT = 1000;
const json = (value) => JSON.stringify(value);
const pc = (fields) => ({ code: '800060', description: 'Your order is in progress.', source: 'PartnerFD', ...fields });

const bodies = [
  ['JSON, 64 KiB description', (i) => json(pc({ description: fill('d', i, SIZE - 100) }))],
  ['JSON, 64 KiB data string', (i) => json(pc({ data: [fill('x', i, SIZE - 100)] }))],
  [
    'JSON, 64 KiB of small data items',
    (i) => json(pc({ data: Array.from({ length: 6000 }, (_, n) => ({ n: n + i })) })),
  ],
  [
    'JSON, 64 KiB code and source',
    (i) => json(pc({ code: fill('7', i, SIZE / 2 - 100), source: fill('s', i, SIZE / 2 - 100) })),
  ],
  ['HTML gateway page of 64 KiB', (i) => `<html><title>502 Bad Gateway ${i}</title>${fill('<p>', i)}</html>`],
  ['plain text of 64 KiB', (i) => fill('upstream connect error ', i)],
];

function heap() {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

// In a function of its own, so that nothing of one shape's errors is still referenced when the next one starts.
function retained(body) {
  const before = heap();
  const kept = [];
  for (let i = 0; i < COUNT; i++) {
    kept.push(parseErrorResponse({ status: 502, headers: { 'MS-CorrelationId': `c-${i}` }, body: body(i) }));
  }
  const grown = heap() - before;
  if (kept.length !== COUNT) throw new Error('an error was not kept');
  return grown;
}

export function memory() {
  console.log(
    `\nRetained memory: ${COUNT.toLocaleString('en')} errors kept, each from its own 64 KiB body (V8 heap growth after gc)`,
  );
  for (const [name, body] of bodies) {
    const grown = retained(body);
    console.log(
      `  ${name.padEnd(40)} ${(grown / 2 ** 20).toFixed(2).padStart(7)} MB  (budget < 2 MB: ${grown < 2 * 2 ** 20 ? 'within' : 'OVER'})`,
    );
  }
}
