// The adversarial inputs of `pnpm bench`: 64 KiB of the worst shapes known for each part of the parser.
// Every factory returns a fresh value for each call, so no engine cache answers for the parser.

export const SIZE = 64 * 1024;

/** `unit` repeated to `size` characters, as a flat string of its own (index `i` keeps each call's string distinct). */
export function fill(unit, i = 0, size = SIZE) {
  const text = `${i}${unit.repeat(Math.ceil(size / unit.length))}`.slice(0, size);
  return JSON.parse(JSON.stringify(text));
}

const json = (value) => JSON.stringify(value);
const pc = (fields) => ({ code: '800060', description: 'Your order is in progress.', source: 'PartnerFD', ...fields });
// Each data shape fills the body to 64 KiB in total, the way a hostile or broken server would.
const dataOf = (unit, i) => [fill(unit, i, SIZE - 100)];

/** Line items (or order errors) of about 100 characters each, filling 64 KiB. */
const lines = (i, line) =>
  Array.from({ length: Math.floor(SIZE / 100) }, (_, id) => ({ ...line(id + i), friendlyName: fill('n', i, 60) }));

/** Inputs for `parseCartErrors` and `parseCheckoutResult`: bodies, parsed or as JSON text. */
export const lineItemShapes = [
  [
    'parseCartErrors: 64 KiB of line items, each failed',
    'cart',
    (i) =>
      JSON.parse(
        json({
          lineItems: lines(i, (id) => ({
            id,
            error: { errorCode: 'InventoryNotAvailable', errorDescription: fill('d', id, 40) },
          })),
        }),
      ),
  ],
  [
    'parseCartErrors: add-ons nested in every line item',
    'cart',
    (i) => ({
      lineItems: lines(i, (id) => ({
        id,
        addonItems: [{ id, error: { errorCode: 10002 }, addonItems: [{ id, error: {} }] }],
      })),
    }),
  ],
  [
    'parseCartErrors: the same cart as 64 KiB of JSON text',
    'cart',
    (i) => json({ lineItems: lines(i, (id) => ({ id, error: { errorCode: 10010 } })) }),
  ],
  [
    'parseCartErrors: 1 MiB of JSON text nested 2^19 deep',
    'cart',
    (i) => `{"lineItems":${'['.repeat(2 ** 19 - 8)}${i}${']'.repeat(2 ** 19 - 8)}}`,
  ],
  [
    'parseCheckoutResult: orderErrors whose species never ends',
    'checkout',
    (i) => {
      const list = [{ code: i }];
      const forever = {
        *[Symbol.iterator]() {
          for (;;) yield { code: i };
        },
      };
      Object.defineProperty(list, 'constructor', { value: { [Symbol.species]: () => forever } });
      Object.defineProperty(list, 'slice', { value: () => forever });
      return { orderErrors: list };
    },
  ],
  [
    'parseCheckoutResult: 64 KiB of orderErrors',
    'checkout',
    (i) =>
      JSON.parse(
        json({ orders: [], orderErrors: lines(i, (id) => ({ orderGroupId: `${id}`, code: 2006, description: 'x' })) }),
      ),
  ],
];

/** Inputs for `parseErrorResponse`: `{ status, headers, body }`. */
export const parseShapes = [
  [
    'HTML: "<title" repeated, no ">"',
    (i) => ({ status: 502, headers: { 'Content-Type': 'text/html' }, body: fill('<title', i) }),
  ],
  ['HTML: "<title>" then no "</title>"', (i) => ({ status: 502, body: `<html><title>${fill('a', i)}` })],
  ['HTML: "<html " repeated', (i) => ({ status: 502, body: fill('<html ', i) })],
  ['XML: "<?xml" then "<" repeated', (i) => ({ status: 502, body: `<?xml ${fill('<', i)}` })],
  ['plain text: whitespace, then one letter', (i) => ({ status: 500, body: `${fill(' \t\n', i).slice(1)}x` })],
  [
    'JSON: description of controls and bidi',
    (i) => ({ status: 400, body: json(pc({ description: fill('\u0000\u202e', i) })) }),
  ],
  [
    'JSON: description of invisible characters',
    (i) => ({ status: 400, body: json(pc({ description: fill('\u00ad\u200b\ufe0f', i) })) }),
  ],
  ['JSON: code of invisible characters', (i) => ({ status: 400, body: json(pc({ code: fill('\u180e\u034f', i) })) })],
  ['JSON: source of 64 KiB', (i) => ({ status: 400, body: json(pc({ source: fill('s', i) })) })],
  [
    'JSON: data nested 10,000 deep',
    (i) => ({ status: 400, body: `{"code":"${i}","data":${'['.repeat(10_000)}${']'.repeat(10_000)}}` }),
  ],
  [
    'JSON: data of 8,000 small objects',
    (i) => ({ status: 400, body: json(pc({ data: Array.from({ length: 8000 }, (_, n) => ({ n: n + i })) })) }),
  ],
  ['JSON: data of one 64 KiB string', (i) => ({ status: 400, body: json(pc({ data: dataOf('x', i) })) })],
  [
    'JSON: keys __proto__ and constructor',
    (i) => ({
      status: 400,
      body: `{"code":"${i}","data":[${'{"__proto__":{"constructor":{"prototype":1}}},'.repeat(1300)}0]}`,
    }),
  ],
  ['header: Retry-After of 64 KiB', (i) => ({ status: 429, headers: { 'Retry-After': fill('x 2030 ', i) }, body: '' })],
  [
    'header: WWW-Authenticate "realm " repeated',
    (i) => ({ status: 401, headers: { 'WWW-Authenticate': fill('realm ', i) }, body: '' }),
  ],
  [
    'header: MS-CorrelationId of invisibles',
    (i) => ({ status: 500, headers: { 'MS-CorrelationId': fill('\u2028\u00ad', i) }, body: '' }),
  ],
  [
    'cart: 64 KiB of line items, each with an error',
    (i) => ({ status: 201, body: json({ lineItems: lines(i, (id) => ({ id, error: { errorCode: 10003 } })) }) }),
  ],
  [
    'checkout: 64 KiB of orderErrors',
    (i) => ({
      status: 201,
      body: json({ orders: [], orderErrors: lines(i, (id) => ({ orderGroupId: `${id}`, code: 800089 })) }),
    }),
  ],
  [
    'OAuth: error_description of "AADSTS" repeated',
    (i) => ({ status: 400, body: json({ error: 'invalid_grant', error_description: fill('AADSTS', i) }) }),
  ],
  [
    'OAuth: error_codes of 10,000 numbers',
    (i) => ({ status: 400, body: json({ error: 'invalid_grant', error_codes: Array(10_000).fill(-i) }) }),
  ],
  [
    'Graph: message of "AADSTS1" repeated',
    (i) => ({ status: 401, body: json({ error: { code: 'x', message: fill('AADSTS1', i) } }) }),
  ],
  [
    'RFC 9457: errors map of 64 KiB',
    (i) => ({ status: 400, body: json({ title: 't', status: 400, errors: { field: [fill('e', i, SIZE - 100)] } }) }),
  ],
  [
    '429: message of "try again in " repeated, no Retry-After',
    (i) => ({ status: 429, body: json({ statusCode: 429, message: fill('try again in 9', i) }) }),
  ],
  [
    'object: data [new Array(2^32 - 1)] (holes)',
    (i) => ({ status: 400, body: { code: i, data: [new Array(2 ** 32 - 1)] } }),
  ],
  [
    'object: data of 1,000,000 functions, nested',
    (i) => ({ status: 400, body: { code: i, data: [Array.from({ length: 1e6 }, () => () => i)] } }),
  ],
  [
    'object: data a Proxy claiming 2^32 - 1 items, nested',
    (i) => ({
      status: 400,
      body: { code: i, data: [new Proxy([], { get: (_, k) => (k === 'length' ? 2 ** 32 - 1 : i) })] },
    }),
  ],
  [
    'object: 401 with a cart body of 8,000 line items',
    (i) => ({ status: 401, body: { lineItems: Array.from({ length: 8000 }, (_, id) => ({ id: id + i, error: {} })) } }),
  ],
  [
    'header: 1,000 Retry-After values',
    (i) => ({ status: 429, headers: Array.from({ length: 1000 }, () => ['Retry-After', fill('7', i, 64)]), body: '' }),
  ],
];

/** Secret-looking shapes that defeat a backtracking masker; used inside `data` and inside `description`. */
export const maskerUnits = [
  ['-eyJ repeated', '-eyJ'],
  ['eyJ. repeated', 'eyJ.'],
  ['"Bearer " repeated', 'Bearer '],
  ['"password=" repeated', 'password='],
  ['unclosed "password":" repeated', '"password":"'],
  ['escaped \\\\\\" repeated', '\\\\\\"'],
  ['"%25" repeated', '%25'],
  ['"-----BEGIN " repeated', '-----BEGIN '],
  ['"Cookie:" repeated', 'Cookie:'],
  ['"token: " repeated', 'token: '],
  ['"password:" + line break, repeated', 'password:\r\n'],
  ['"password=" + words, unended', 'password=a b, '],
  ['pair name="password" value=', 'name="password" value='],
  ['"<Password>" repeated, unclosed', '<Password>'],
  ['"&quot;" repeated', '&quot;'],
  ['"%252525" repeated (4 rounds)', '%2525252541'],
  ['backslash runs then "u"', '\\\\u'],
  ['"x-----BEGIN" repeated', 'x-----BEGIN'],
  ['long dotted names', 'settings.'],
];

/** Errors for `diagnosticsText`: as the parser leaves them, and as a caller may build them by hand. */
export function diagnosticsShapes(parseErrorResponse) {
  const shapes = [];
  for (const [name, unit] of maskerUnits) {
    shapes.push([
      `parsed, data: ${name}`,
      (i) => parseErrorResponse({ status: 400, body: json(pc({ data: dataOf(unit, i) })) }),
    ]);
    shapes.push([
      `given, description: ${name}`,
      (i) => ({ ...parseErrorResponse({ status: 400, body: json(pc({})) }), description: fill(unit, i) }),
    ]);
    shapes.push([
      `given, data: ${name}`,
      (i) => ({ ...parseErrorResponse({ status: 400, body: json(pc({})) }), data: dataOf(unit, i) }),
    ]);
  }
  return shapes;
}

/** Body streams for `readErrorResponse`. `'forever'` streams never end on their own. */
export function streamShapes() {
  const encoder = new TextEncoder();
  const bytes = encoder.encode(json(pc({ description: fill('d', 0, SIZE - 200) })));
  const endless = (chunk) => () => new ReadableStream({ pull: (controller) => controller.enqueue(chunk()) });
  return [
    ['one 64 KiB chunk', () => new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) })],
    [
      '64 KiB in 1-byte chunks',
      () => {
        let at = 0;
        return new ReadableStream({
          pull: (c) => (at < bytes.length ? c.enqueue(bytes.subarray(at, ++at)) : c.close()),
        });
      },
    ],
    [
      '10 MB in 16 KiB chunks',
      () => {
        let sent = 0;
        return new ReadableStream({
          pull: (c) => (sent < 10 * 2 ** 20 ? (c.enqueue(new Uint8Array(16384).fill(97)), (sent += 16384)) : c.close()),
        });
      },
    ],
    ['zero-length chunks, forever', endless(() => new Uint8Array(0))],
    ['string chunks, forever', endless(() => 'a')],
    ['number chunks, forever', endless(() => 42)],
  ];
}
