// Retained memory of 1,000 errors parsed from 64 KiB bodies: what an error log of a portal holds on to.
// Measured as the growth of the V8 heap (after full collections) while the errors, and only they, are kept.
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseCartErrors, parseCheckoutResult, parseErrorResponse } from '../dist/index.js';
import { fill, SIZE } from './shapes.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
const COUNT = 1000;
const json = (value) => JSON.stringify(value);
const pc = (fields) => ({ code: '800060', description: 'Your order is in progress.', source: 'PartnerFD', ...fields });

const parse =
  (body, status = 502, headers = {}) =>
  (i) =>
    parseErrorResponse({ status, headers: { 'MS-CorrelationId': `c-${i}`, ...headers }, body: body(i) });
const most = (unit, i, size) => fill(unit, i, size);
// The most an error keeps of each part: a 1,024-character description, about 1 KB of data, IDs of 256.
const maxData = (i) => [{ field: most('f', i, 900) }];

// [shape, one error from its own 64 KiB body, the budget for 1,000 such errors in MB]
const shapes = [
  ['JSON, 64 KiB description', parse((i) => json(pc({ description: fill('d', i, SIZE - 100) }))), 2],
  ['JSON, 64 KiB data string', parse((i) => json(pc({ data: [fill('x', i, SIZE - 100)] }))), 2],
  [
    'JSON, 64 KiB of small data items',
    parse((i) => json(pc({ data: Array.from({ length: 6000 }, (_, n) => ({ n: n + i })) }))),
    2,
  ],
  [
    'JSON, 64 KiB code and source',
    parse((i) => json(pc({ code: fill('7', i, SIZE / 2 - 100), source: fill('s', i, SIZE / 2 - 100) }))),
    2,
  ],
  ['HTML gateway page of 64 KiB', parse((i) => `<html><title>502 Bad Gateway ${i}</title>${fill('<p>', i)}</html>`), 2],
  [
    'HTML page of 64 KiB, one-word title',
    parse((i) => `<html><title>ServiceUnavailable${i}</title>${fill('<p>', i)}</html>`),
    2,
  ],
  ['plain text of 64 KiB', parse((i) => fill('upstream connect error ', i)), 2],
  // Shapes that keep more by design: a description and data at their caps, and every ID.
  [
    'RFC 9457 problem, detail and errors at their caps',
    parse(
      (i) => json({ title: 't', status: 400, detail: most('d', i, 4000), errors: { a: [most('e', i, SIZE - 5000)] } }),
      400,
      { 'Content-Type': 'application/problem+json' },
    ),
    4,
  ],
  [
    'cart line item, description and data at their caps',
    (i) =>
      parseCartErrors(
        json({
          lineItems: [
            {
              id: i,
              error: { errorCode: 10003, errorDescription: most('d', i, 4000), additionalInformation: maxData(i) },
            },
          ],
        }),
        { status: 201, headers: { 'MS-CorrelationId': `c-${i}`, 'MS-RequestId': most('r', i, 256) } },
      )[0],
    4,
  ],
  [
    'checkout order error, description at its cap',
    (i) =>
      parseCheckoutResult(
        json({
          orders: [],
          orderErrors: [{ orderGroupId: most('g', i, 256), code: 800089, description: most('d', i, 4000) }],
        }),
        { status: 201, headers: { 'MS-CorrelationId': `c-${i}`, 'MS-RequestId': most('r', i, 256) } },
      )[0],
    4,
  ],
];

function heap() {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

// In a function of its own, so that nothing of one shape's errors is still referenced when the next one starts.
function retained(make) {
  const before = heap();
  const kept = [];
  for (let i = 0; i < COUNT; i++) kept.push(make(i));
  const grown = heap() - before;
  if (kept.length !== COUNT) throw new Error('an error was not kept');
  return grown;
}

export function memory() {
  console.log(
    `\nRetained memory: ${COUNT.toLocaleString('en')} errors kept, each from its own 64 KiB body (V8 heap growth after gc)`,
  );
  for (const [name, make, budget] of shapes) {
    const grown = retained(make);
    console.log(
      `  ${name.padEnd(52)} ${(grown / 2 ** 20).toFixed(2).padStart(7)} MB  (budget < ${budget} MB: ${grown < budget * 2 ** 20 ? 'within' : 'OVER'})`,
    );
  }
}
