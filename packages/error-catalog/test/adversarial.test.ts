// The adversarial corpus: 64 KiB of the worst shapes known, and lying or odd input of every kind the parser
// reads. Each case asserts what comes out (never how long it took: `pnpm bench` measures that), and every
// result must still keep the promises of any error and give a ticket.
import { describe, expect, it } from 'vitest';
import {
  diagnosticsText,
  formatMessage,
  MAX_PROBLEMS,
  matchTemplate,
  networkError,
  parseErrorResponse,
  type PartnerCenterError,
  type Problem,
} from '../src';
import { RESULT_KEYS } from './result-keys';

const SIZE = 64 * 1024;
// What fits in a 64 KiB body with the rest of a Partner Center error around it.
const FIELD = SIZE - 200;
const fill = (unit: string, size = SIZE) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const at = '2026-11-24T10:00:00.000Z';
const pc = (fields: object) => ({ code: '800060', description: 'In progress.', source: 'PartnerFD', ...fields });
const json = (fields: object) => JSON.stringify(pc(fields));
const parse = (input: object) => parseErrorResponse({ status: 400, receivedAt: at, ...input });
const has = (error: PartnerCenterError, code: Problem['code'], detail?: string) =>
  expect(error.problems).toContainEqual(detail === undefined ? { code } : { code, detail });
const throwing = (): never => {
  throw new Error('hostile');
};
const lines = (error: PartnerCenterError) => diagnosticsText(error).split('\n');

type Case = [name: string, make: () => PartnerCenterError, check: (error: PartnerCenterError) => void];

const bodies: Case[] = [
  [
    '"<title" repeated without ">"',
    () => parse({ body: fill('<title'), headers: { 'Content-Type': 'text/html' } }),
    (e) => {
      has(e, 'body-html');
      expect(e.description).toMatch(/answered with an HTML page instead/);
    },
  ],
  [
    '"<title>" and no "</title>"',
    () => parse({ body: `<html><title>${fill('a')}` }),
    (e) => expect(e.description).not.toMatch(/\("/),
  ],
  [
    '"<TITLE>" in capitals',
    () => parse({ body: '<HTML><TITLE>502 Bad Gateway</TITLE></HTML>' }),
    (e) => expect(e.description).toMatch(/"502 Bad Gateway"/),
  ],
  ['"<html " repeated', () => parse({ body: fill('<html ') }), (e) => has(e, 'body-html')],
  ['an XML declaration and "<" repeated', () => parse({ body: `<?xml ${fill('<')}` }), (e) => has(e, 'body-xml')],
  ['whitespace, then one letter', () => parse({ body: `${fill(' \t\n')}x` }), (e) => has(e, 'body-too-large')],
  ['64 KiB of "[" (unclosed)', () => parse({ body: fill('[') }), (e) => has(e, 'body-not-json')],
  [
    'JSON nested 20,000 deep',
    () => parse({ body: `${'['.repeat(20_000)}${']'.repeat(20_000)}` }),
    (e) => has(e, 'body-array'),
  ],
  [
    'data nested 10,000 deep',
    () => parse({ body: `{"code":"1","data":${'['.repeat(10_000)}${']'.repeat(10_000)}}` }),
    (e) => {
      has(e, 'data-truncated');
      expect(JSON.stringify(e.data).length).toBeLessThan(100);
    },
  ],
  [
    'a JSON string in a JSON string, 12 deep',
    () => {
      let text = json({});
      for (let depth = 0; depth < 12; depth++) text = JSON.stringify(text);
      return parse({ body: text.slice(0, SIZE) });
    },
    (e) => expect(e.description.length).toBeGreaterThan(0),
  ],
  ['a body of 10 MB as text', () => parse({ body: fill(' ', 10 * 2 ** 20) }), (e) => has(e, 'body-too-large')],
  [
    'a body of 10 MB as bytes',
    () => parse({ body: new Uint8Array(10 * 2 ** 20).fill(120) }),
    (e) => has(e, 'body-too-large'),
  ],
  [
    'a body in shared memory',
    () => parse({ body: new Uint8Array(new SharedArrayBuffer(32)).fill(65) }),
    (e) => expect(e.description).toBe('A'.repeat(32)),
  ],
  ['a body as 16-bit units', () => parse({ body: new Uint16Array([0x7b7b]) }), (e) => has(e, 'body-not-json')],
  ['a stream nobody read', () => parse({ body: new ReadableStream() }), (e) => has(e, 'body-unread-stream')],
  ['a Blob', () => parse({ body: new Blob(['{}']) }), (e) => has(e, 'body-unread-stream')],
  [
    'a body whose every trap throws',
    () => parse({ body: new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing }) }),
    (e) => expect(e.problems.length).toBeGreaterThan(0),
  ],
  [
    'a __proto__ member at the top of the body',
    () => parse({ body: '{"__proto__":{"code":"2006","description":"inherited"}}' }),
    (e) => {
      expect(e.code).toBeNull();
      has(e, 'code-missing');
    },
  ],
  [
    'a description of controls and bidi overrides',
    () => parse({ body: json({ description: fill('\u0000\u202e', FIELD / 6) }) }),
    (e) => {
      has(e, 'cleaned', 'description');
      has(e, 'truncated', 'description');
    },
  ],
  [
    'a description of 64 KiB',
    () => parse({ body: json({ description: fill('d', FIELD) }) }),
    (e) => {
      expect(e.description).toHaveLength(1024);
      expect(e.description.endsWith('...')).toBe(true);
    },
  ],
  [
    'a description given as an object field of 10 MB',
    () => parse({ body: pc({ description: fill('é', 10 * 2 ** 20) }) }),
    (e) => has(e, 'truncated', 'description'),
  ],
  [
    'a description of 1 MB of spaces, then words',
    () => parse({ body: pc({ description: `${' '.repeat(2 ** 20)}late words` }) }),
    (e) => has(e, 'description-missing', 'description'),
  ],
];

const identifiers: Case[] = [
  [
    'a code of invisible characters only',
    () => parse({ body: json({ code: fill('\u180e\u034f', FIELD) }) }),
    (e) => {
      expect(e.code).toBeNull();
      has(e, 'cleaned', 'code');
      expect(e.problems).not.toContainEqual({ code: 'code-missing' });
    },
  ],
  ...(
    [
      ['a soft hyphen', '20\u00AD06'],
      ['an Arabic letter mark', '2006\u061C'],
      ['a Mongolian vowel separator', '\u180E2006'],
      ['a combining grapheme joiner', '20\u034F06'],
      ['a Hangul filler', '2006\u3164'],
      ['a variation selector', '2\uFE0F006'],
      ['tag characters', '\u{E0032}\u{E0030}2006'],
      ['a line separator', '2006\u2028'],
      ['a paragraph separator', '\u20292006'],
      ['a word joiner and a BOM', '\u2060\uFEFF2006'],
    ] as const
  ).map(([name, code]): Case => [
    `a code with ${name} is found in the catalog`,
    () => parseErrorResponse({ status: 400, body: pc({ code }) }),
    (e) => {
      expect(e.entry?.id).toBe('400-2006');
      has(e, 'cleaned', 'code');
    },
  ]),
  [
    'a source of 64 KiB',
    () => parse({ body: json({ source: fill('s', FIELD) }) }),
    (e) => {
      expect(e.source).toHaveLength(256);
      has(e, 'truncated', 'source');
    },
  ],
  [
    'a correlation ID of invisible characters',
    () => parse({ headers: { 'MS-CorrelationId': fill('\u2028\u00ad') } }),
    (e) => {
      expect(e.correlationId).toBeUndefined();
      has(e, 'cleaned', 'correlationId');
    },
  ],
  [
    'a request ID with a paragraph separator',
    () => parse({ headers: { 'MS-RequestId': 'r-1\u2029' } }),
    (e) => {
      expect(e.requestId).toBe('r-1');
      has(e, 'cleaned', 'requestId');
    },
  ],
  [
    'a Graph request-id with a zero-width space',
    () => parse({ body: { error: { code: 'X', message: 'm', innerError: { 'request-id': 'g\u200B-1' } } } }),
    (e) => expect(e.requestId).toBe('g-1'),
  ],
];

const headers: Case[] = [
  ...(
    [
      ['"x 2030"', 'x 2030', undefined],
      ['64 KiB of "x 2030 "', fill('x 2030 '), undefined],
      ['"soon"', 'soon', undefined],
      ['a negative number', '-5', undefined],
      ['an exponent', '1e3', undefined],
      ['a fraction', '1.5', undefined],
      ['two values merged', '30, 30', undefined],
      ['a date in lower case', 'tue, 24 nov 2026 10:01:30 gmt', undefined],
      ['31 February', 'Tue, 31 Feb 2026 10:00:00 GMT', undefined],
      ['a date without GMT', 'Tue, 24 Nov 2026 10:01:30', undefined],
      ['an ISO date', '2026-11-24T10:01:30Z', undefined],
      ['seconds with spaces', ' 30 ', 30],
      ['seconds', '2030', 2030],
      ['an IMF-fixdate', 'Tue, 24 Nov 2026 10:01:30 GMT', 90],
      ['an RFC 850 date', 'Tuesday, 24-Nov-26 10:01:30 GMT', 90],
      ['an asctime date', 'Tue Nov 24 10:01:30 2026', 90],
      ['an asctime date with a one-digit day', 'Sun Nov  6 08:49:37 1994', 0],
    ] as const
  ).map(([name, value, seconds]): Case => [
    `Retry-After: ${name}`,
    () => parse({ status: 503, headers: { 'Retry-After': value } }),
    (e) => {
      expect(e.retryAfterSeconds).toBe(seconds);
      if (seconds === undefined) has(e, 'retry-after-invalid');
    },
  ]),
  [
    'WWW-Authenticate of "realm " repeated',
    () => parse({ status: 401, headers: { 'WWW-Authenticate': fill('realm ') } }),
    (e) => expect(e.authenticateRealm).toBeUndefined(),
  ],
  [
    '1,000 Retry-After tuples',
    () => parse({ headers: Array.from({ length: 1000 }, () => ['Retry-After', '7']) }),
    (e) => has(e, 'truncated', 'headers'),
  ],
  [
    'a Headers-like object with a million entries',
    () =>
      parse({
        headers: {
          get: () => null,
          forEach: (each: (v: string, n: string) => void) => {
            for (let i = 0; i < 1e6; i++) each('v', `x-${i}`);
          },
        },
      }),
    (e) => has(e, 'truncated', 'headers'),
  ],
  [
    'a header name of 64 KiB',
    () => parse({ headers: { [fill('retry-after')]: '5' } }),
    (e) => expect(e.retryAfterSeconds).toBeUndefined(),
  ],
  [
    'a header value that is an array of 10,000',
    () => parse({ headers: { 'MS-CorrelationId': Array.from({ length: 10_000 }, () => 'c') } }),
    (e) => expect(e.correlationId!.length).toBeLessThanOrEqual(256),
  ],
];

const input: Case[] = [
  ['a status "5e2"', () => parse({ status: '5e2' }), (e) => has(e, 'status-invalid')],
  [
    'a status of 64 KiB of spaces around 503',
    () => parse({ status: `${fill(' ')}503` }),
    (e) => has(e, 'status-invalid'),
  ],
  [
    'a receivedAt of 10 MB',
    () => parse({ receivedAt: fill('2026', 10 * 2 ** 20) }),
    (e) => has(e, 'received-at-invalid'),
  ],
  [
    'a receivedAt Date whose getTime throws',
    () => parse({ receivedAt: Object.assign(new Date(), { getTime: throwing }) }),
    (e) => has(e, 'unreadable', 'receivedAt'),
  ],
  [
    'as many problems as a body can have',
    () =>
      parseErrorResponse({
        status: 'x',
        receivedAt: 'y',
        headers: {
          'Retry-After': 'z',
          'MS-CorrelationId': '\u200B',
          'MS-RequestId': '\u200B',
          get 'WWW-Authenticate'() {
            return throwing();
          },
        },
        body: {
          code: [],
          description: 1,
          message: 2,
          source: '\u200B',
          data: [
            1n,
            () => 1,
            Symbol('s'),
            NaN,
            new Map(),
            { __proto__: null, constructor: 1 },
            { prototype: 1 },
            {
              get x() {
                return throwing();
              },
            },
          ],
          error: 1,
        },
      } as never),
    (e) => {
      expect(e.problems).toHaveLength(MAX_PROBLEMS);
      expect(e.problems.at(-1)).toEqual({ code: 'problems-truncated' });
    },
  ],
  [
    'data of 8,000 small objects',
    () => parse({ body: json({ data: Array.from({ length: 6000 }, (_, n) => ({ n })) }) }),
    (e) => {
      has(e, 'data-truncated');
      expect(e.data.length).toBeLessThan(100);
    },
  ],
  [
    'data of one 64 KiB string',
    () => parse({ body: json({ data: [fill('x', FIELD)] }) }),
    (e) => {
      expect((e.data[0] as string).endsWith('...')).toBe(true);
      expect((e.data[0] as string).length).toBeLessThan(1024);
    },
  ],
  [
    'data keys __proto__, constructor and prototype',
    () => parse({ body: `{"code":"1","data":[{"__proto__":{"polluted":1},"constructor":{"prototype":1},"ok":1}]}` }),
    (e) => {
      expect(e.data).toEqual([{ ok: 1 }]);
      expect(Object.getPrototypeOf(e.data[0])).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      has(e, 'data-key-dropped', '__proto__');
      has(e, 'data-key-dropped', 'constructor');
    },
  ],
  [
    'data with a throwing getter and a Proxy',
    () =>
      parse({
        body: pc({
          data: [
            {
              get a() {
                return throwing();
              },
              b: 1,
            },
            new Proxy([], { get: throwing }),
          ],
        }),
      }),
    (e) => {
      expect(e.data[0]).toEqual({ b: 1 });
      has(e, 'unreadable', 'data');
    },
  ],
  [
    'data that claims 4 billion items',
    () => parse({ body: pc({ data: new Array(2 ** 32 - 1) }) }),
    (e) => {
      expect(e.data).toHaveLength(100);
      has(e, 'data-truncated');
    },
  ],
  [
    'data with dates, class instances and non-finite numbers',
    () => parse({ body: pc({ data: [new Date(at), new Map(), Infinity] }) }),
    (e) => {
      expect(e.data).toEqual([at, null, null]);
      has(e, 'data-not-json', 'object');
    },
  ],
];

const tickets: Case[] = [
  [
    'a description that forges a Correlation ID line',
    () =>
      parse({
        headers: { 'MS-CorrelationId': 'real-1' },
        body: pc({ description: 'x\nCorrelation ID: fake\r\nRequest ID: fake\u2028Time: fake' }),
      }),
    (e) => {
      expect(lines(e).filter((line) => line.startsWith('Correlation ID:'))).toEqual(['Correlation ID: real-1']);
      expect(lines(e).some((line) => /^(Request ID|Time): fake/.test(line))).toBe(false);
    },
  ],
  [
    'data that forges lines with U+2028 and U+0085',
    () => parse({ body: pc({ data: ['a\u2028Error code: 1', 'b\u0085Source: x'] }) }),
    (e) => {
      expect(lines(e).filter((line) => line.startsWith('Error code:'))).toEqual(['Error code: 800060']);
    },
  ],
  [
    'a hand-built error with a 10 MB description',
    () => ({ ...parse({}), description: fill('Bearer abc.def ', 10 * 2 ** 20) }),
    (e) => expect(diagnosticsText(e).length).toBeLessThan(5000),
  ],
  [
    'a hand-built error whose data is a cycle',
    () => {
      const cycle: unknown[] = [];
      cycle.push(cycle);
      return { ...parse({}), data: cycle };
    },
    (e) => expect(diagnosticsText(e)).toContain('Data: [null]'),
  ],
  [
    'a hand-built error with odd types',
    () => ({
      ...parse({}),
      code: 42 as never,
      problems: ['a sentence from an older version'] as never,
      data: 'x' as never,
    }),
    (e) => {
      expect(diagnosticsText(e)).toContain('Error code: 42');
      expect(diagnosticsText(e)).toContain('Input problems: a sentence from an older version');
    },
  ],
  [
    'a hand-built error whose getters throw',
    () => Object.defineProperty({ ...parse({}) }, 'description', { get: throwing, enumerable: true }),
    (e) => expect(diagnosticsText(e)).toContain('HTTP status: 400'),
  ],
  [
    'data of "-eyJ" repeated',
    () => ({ ...parse({}), data: [fill('-eyJ')] }),
    (e) => expect(diagnosticsText(e).length).toBeLessThan(5000),
  ],
];

const network: Case[] = [
  [
    'a cause with a message of 10 MB',
    () => networkError(new Error(fill('x', 10 * 2 ** 20))),
    (e) => expect(e.description.length).toBeLessThan(500),
  ],
  [
    'a user abort',
    () => networkError(new DOMException('aborted', 'AbortError')),
    (e) => expect(e).toMatchObject({ category: 'cancelled', severity: 'info' }),
  ],
  [
    'a timeout',
    () => networkError(new DOMException('timed out', 'TimeoutError')),
    (e) => expect(e.category).toBe('transient'),
  ],
];

describe('the adversarial corpus', () => {
  const corpus = [...bodies, ...identifiers, ...headers, ...input, ...tickets, ...network];

  it(`has at least 60 cases (${corpus.length})`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it.each(corpus)('%s', (_name, make, check) => {
    const error = make();
    check(error);
    // And whatever came in, the result is an error like any other, with a ticket.
    for (const key of Object.keys(error)) expect(RESULT_KEYS.has(key), key).toBe(true);
    expect(error.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
    expect(typeof diagnosticsText(error)).toBe('string');
  });
});

describe('templates and formatting on hostile text', () => {
  const template = 'The partner ID {0} has no commerce relationship with the customer ID {1}.';
  it.each([
    [
      'a description that repeats the middle of the template',
      `The partner ID ${fill('x has no commerce relationship with the customer ID ')}`,
      undefined,
    ],
    [
      'a description that follows it',
      'The partner ID p-1 has no commerce relationship with the customer ID c-2.',
      { 0: 'p-1', 1: 'c-2' },
    ],
    [
      'the same text with the first value holding the separator',
      'The partner ID a has no commerce relationship with the customer ID b has no commerce relationship with the customer ID c.',
      { 0: 'a', 1: 'b has no commerce relationship with the customer ID c' },
    ],
  ])('matchTemplate: %s', (_name, text, expected) => {
    expect(matchTemplate(template, text)).toEqual(expected);
  });

  it.each([
    ['{constructor}', 'an empty record', {}],
    ['{length}', 'an array', ['a']],
    ['{toString}', 'an empty array', []],
    ['{0}', 'a record that inherits 0', Object.create({ 0: 'inherited' }) as object],
    ['{0}', 'a record whose 0 throws', Object.defineProperty({}, '0', { get: throwing, enumerable: true })],
  ])('formatMessage leaves %s as written for %s', (written, _args, args) => {
    expect(formatMessage(written, args as never)).toBe(written);
  });
});
