import { describe, expect, it } from 'vitest';
import { parseRawHttp } from '../src/inspector';

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
    ['CRLF line ends', 'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{"a":1}', 404, [['Content-Type', 'application/json']], '{"a":1}'],
    ['HTTP/2 without a reason phrase', 'HTTP/2 502\ncontent-type: text/html\n\n<html></html>', 502, [['content-type', 'text/html']], '<html></html>'],
    ['leading blank lines', '\n\n  HTTP/1.1 401 Unauthorized\nWWW-Authenticate: OAuth realm=urn:x\n\n{}', 401, [['WWW-Authenticate', 'OAuth realm=urn:x']], '{}'],
    ['no headers at all', 'HTTP/1.1 503 Service Unavailable\n\n', 503, [], ''],
    ['headers and no body', 'HTTP/1.1 503 Service Unavailable\nRetry-After: 5', 503, [['Retry-After', '5']], ''],
    ['a body with blank lines of its own', 'HTTP/1.1 400 Bad Request\n\n{\n\n"code": "2002"}', 400, [], '{\n\n"code": "2002"}'],
  ])('handles %s', (_case, raw, status, headers, body) => {
    expect(parseRawHttp(raw, 0)).toEqual({ status, headers, body });
  });

  it('skips lines that are not headers instead of inventing them', () => {
    expect(parseRawHttp('HTTP/1.1 400 Bad Request\nnot a header line\nX-Ok: yes\n\n{}', 0).headers).toEqual([['X-Ok', 'yes']]);
  });

  it('keeps the given status for a paste that is only a body', () => {
    expect(parseRawHttp('  {"code":"2006","description":"x"}', 403)).toEqual({ status: 403, headers: [], body: '{"code":"2006","description":"x"}' });
  });

  it('does not take a body that merely mentions HTTP for a status line', () => {
    expect(parseRawHttp('The HTTP/1.1 500 page said nothing', 500).body).toBe('The HTTP/1.1 500 page said nothing');
  });
});
