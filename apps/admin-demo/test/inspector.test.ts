import { diagnosticsText, networkError, parseErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';
import { describe, expect, it } from 'vitest';
import { parseDiagnostics, parseRawHttp, readPaste } from '../src/inspector';

describe('parseRawHttp: a raw response as a developer pastes it', () => {
  it('reads the status line, the headers and the body', () => {
    const raw = 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nMS-CorrelationId: abc\n\n{"code":"429"}';
    expect(parseRawHttp(raw, 400)).toEqual({
      status: 429,
      headers: [
        ['Retry-After', '30'],
        ['MS-CorrelationId', 'abc'],
      ],
      body: '{"code":"429"}',
    });
  });

  it.each([
    [
      'CRLF line ends',
      'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{"a":1}',
      404,
      [['Content-Type', 'application/json']],
      '{"a":1}',
    ],
    [
      'HTTP/2 without a reason phrase',
      'HTTP/2 502\ncontent-type: text/html\n\n<html></html>',
      502,
      [['content-type', 'text/html']],
      '<html></html>',
    ],
    [
      'leading blank lines',
      '\n\n  HTTP/1.1 401 Unauthorized\nWWW-Authenticate: OAuth realm=urn:x\n\n{}',
      401,
      [['WWW-Authenticate', 'OAuth realm=urn:x']],
      '{}',
    ],
    ['no headers at all', 'HTTP/1.1 503 Service Unavailable\n\n', 503, [], ''],
    ['headers and no body', 'HTTP/1.1 503 Service Unavailable\nRetry-After: 5', 503, [['Retry-After', '5']], ''],
    [
      'a body with blank lines of its own',
      'HTTP/1.1 400 Bad Request\n\n{\n\n"code": "2002"}',
      400,
      [],
      '{\n\n"code": "2002"}',
    ],
  ])('handles %s', (_case, raw, status, headers, body) => {
    expect(parseRawHttp(raw, 0)).toEqual({ status, headers, body });
  });

  it('skips lines that are not headers instead of inventing them', () => {
    expect(parseRawHttp('HTTP/1.1 400 Bad Request\nnot a header line\nX-Ok: yes\n\n{}', 0).headers).toEqual([
      ['X-Ok', 'yes'],
    ]);
  });

  it('keeps the given status for a paste that is only a body', () => {
    expect(parseRawHttp('  {"code":"2006","description":"x"}', 403)).toEqual({
      status: 403,
      headers: [],
      body: '{"code":"2006","description":"x"}',
    });
  });

  it('does not take a body that merely mentions HTTP for a status line', () => {
    expect(parseRawHttp('The HTTP/1.1 500 page said nothing', 500).body).toBe('The HTTP/1.1 500 page said nothing');
  });
});

describe('readPaste: a ticket made by "Copy details" reads back as the same error', () => {
  const received = '2026-03-02T10:15:00.000Z';
  const errors: [string, PartnerCenterError][] = [
    [
      'a documented 404 with its trace IDs',
      parseErrorResponse({
        status: 404,
        headers: { 'MS-CorrelationId': 'corr-1', 'MS-RequestId': 'req-1' },
        body: { code: '20003', description: 'Subscription with ID sub-9 not found.', data: [], source: 'PartnerFD' },
        receivedAt: received,
      }),
    ],
    [
      'a 401 with its realm',
      parseErrorResponse({
        status: 401,
        headers: { 'WWW-Authenticate': 'OAuth realm=urn:cpsvc:cpid:0000-1111', 'MS-CorrelationId': 'corr-2' },
        body: { code: '800001', description: 'Partner Token missing in request context', source: 'PartnerFD' },
        receivedAt: received,
      }),
    ],
    [
      'a 409 with Retry-After, data, and a description over two lines',
      parseErrorResponse({
        status: 409,
        headers: { 'Retry-After': '30' },
        body: {
          code: '800060',
          description: 'Your order is in progress.\nCheck your order history',
          data: [{ orderId: 'o-1' }],
          source: 'PartnerFD',
        },
        receivedAt: received,
      }),
    ],
    [
      'a gateway HTML page',
      parseErrorResponse({
        status: 502,
        headers: { 'Content-Type': 'text/html' },
        body: '<html><title>502 Bad Gateway</title></html>',
        receivedAt: received,
      }),
    ],
    [
      'a timeout, with no response at all',
      {
        ...networkError(new DOMException('signal timed out', 'TimeoutError')),
        requestId: 'req-3',
        receivedAt: received,
      },
    ],
  ];

  // What a ticket must carry over: everything support and the portal read from an error.
  const FACTS = [
    'httpStatus',
    'code',
    'description',
    'category',
    'correlationId',
    'requestId',
    'retryAfterSeconds',
    'authenticateRealm',
    'receivedAt',
    'data',
  ] as const;
  it.each(errors)('%s', (_case, original) => {
    const paste = readPaste(diagnosticsText(original), 400);
    const read = parseErrorResponse({
      status: paste.status,
      headers: paste.headers,
      body: paste.body,
      receivedAt: paste.receivedAt,
    });
    const title = read.httpStatus === 0 && paste.title ? paste.title : read.title;
    const facts = (error: PartnerCenterError) => Object.fromEntries(FACTS.map((key) => [key, error[key]]));
    expect(title).toBe(original.title);
    expect(facts(read)).toEqual(facts(original));
    expect(read.entry?.id).toBe(original.entry?.id);
  });

  it('leaves a raw HTTP response and a bare body to parseRawHttp', () => {
    expect(readPaste('HTTP/1.1 403 Forbidden\nMS-CorrelationId: c\n\n{"code":"900150"}', 400)).toEqual({
      status: 403,
      headers: [['MS-CorrelationId', 'c']],
      body: '{"code":"900150"}',
    });
    expect(parseDiagnostics('{"code":"2002","description":"Error code: 2002"}')).toBeNull();
  });
});
