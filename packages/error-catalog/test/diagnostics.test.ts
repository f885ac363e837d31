import { describe, expect, it } from 'vitest';
import { diagnosticsText, parseErrorResponse, redactSecrets, toProblemDetails } from '../src';

const error = parseErrorResponse({
  status: 429,
  headers: {
    'MS-CorrelationId': 'corr-1',
    'MS-RequestId': '0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
    'Retry-After': '30',
  },
  body: { code: '429', description: 'Rate limit is exceeded.', source: 'PartnerFD', data: [{ orderId: 'o-1' }] },
  receivedAt: '2026-11-24T10:00:00.000Z',
});

describe('diagnosticsText', () => {
  it('lists what support asks for, one fact a line', () => {
    const text = diagnosticsText(error);
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'Time: 2026-11-24T10:00:00.000Z',
        'HTTP status: 429',
        'Error code: 429',
        'Description: Rate limit is exceeded.',
        'Source: PartnerFD',
        'Correlation ID: corr-1',
        'Request ID: 0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
        'Retry after: 30 s',
        'Catalog entry: not documented',
        'Data: [{"orderId":"o-1"}]',
      ]),
    );
  });

  it('says when the code is documented under another status, or may be one of several entries', () => {
    const drifted = diagnosticsText(
      parseErrorResponse({ status: 400, body: { code: '800089', description: 'x', source: 's' } }),
    ).split('\n');
    expect(drifted).toEqual(
      expect.arrayContaining(['HTTP status: 400', 'Catalog entry: 403-800089', 'Documented status: 403']),
    );
    const ambiguous = diagnosticsText(
      parseErrorResponse({ status: 500, body: { code: '2006', description: 'x', source: 's' } }),
    ).split('\n');
    expect(ambiguous).toEqual(
      expect.arrayContaining(['Candidates: 400-2006, 403-2006', 'Documented status: 400, 403']),
    );
    expect(ambiguous.some((line) => line.startsWith('Catalog entry:'))).toBe(false);
  });

  it('says where a wait came from when the description gave it', () => {
    const throttled = parseErrorResponse({
      status: 429,
      body: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 57 seconds.' },
    });
    expect(diagnosticsText(throttled).split('\n')).toContain('Retry after: 57 s (from the description)');
  });

  it('masks credentials even inside the server text', () => {
    const leaky = parseErrorResponse({
      status: 400,
      body: { code: '3000', description: 'bad header Bearer abc.def-ghi and ?access_token=xyz&x=1', source: 's' },
    });
    const text = diagnosticsText(leaky);
    expect(text).toContain('Bearer [redacted]');
    expect(text).toContain('access_token=[redacted]');
    expect(text).not.toContain('abc.def-ghi');
  });
});

describe('redactSecrets', () => {
  it.each([
    ['a bearer token', 'header Bearer abc.def-ghi~x/y+z==', 'header Bearer [redacted]'],
    ['a JWT on its own', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln ok', 'token [redacted] ok'],
    ['a query parameter', 'GET /x?access_token=xyz&x=1', 'GET /x?access_token=[redacted]&x=1'],
    ['a parameter before ")."', '(see /cb?code=abc123).', '(see /cb?code=[redacted]).'],
    [
      'a parameter before ",", "}" and a quote',
      'key=k1, token=t1} sig=s1"',
      'key=[redacted], token=[redacted]} sig=[redacted]"',
    ],
    [
      'a password to the end of its field, whatever it holds',
      'key=k1, password=p1} client_secret=s1" ok',
      'key=[redacted], password=[redacted]" ok',
    ],
    [
      'a SAS signature',
      'https://a.blob.core.windows.net/c?sv=2022-11-02&se=2026&sig=AbC%2Bd%3D&sp=r',
      'https://a.blob.core.windows.net/c?sv=2022-11-02&se=2026&sig=[redacted]&sp=r',
    ],
    [
      'a connection string key',
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9v+YmFy==;',
      'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=[redacted];',
    ],
    [
      'JSON access_token',
      '{"access_token":"eyJ0eXAi-not-a-jwt","expires_in":3599}',
      '{"access_token":"[redacted]","expires_in":3599}',
    ],
    ['JSON with spaces and an escaped quote', '{ "client_secret" : "a\\"b c" }', '{ "client_secret" : "[redacted]" }'],
    [
      'JSON inside a JSON string',
      '["{\\"refresh_token\\":\\"0.AX4 abc\\"}"]',
      '["{\\"refresh_token\\":\\"[redacted]\\"}"]',
    ],
    ['single-quoted members', "{'password': 'hunter 2'}", "{'password': '[redacted]'}"],
    ['a labelled value', 'refresh_token: 0.AX4abc rest', 'refresh_token: [redacted] rest'],
    ['a labelled quoted value', 'password: "two words"', 'password: "[redacted]"'],
    ['a Cookie line', 'Cookie: session=abc; theme=dark\nnext line', 'Cookie: [redacted]\nnext line'],
    [
      'a Set-Cookie line',
      'Set-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2026 07:28:00 GMT; Secure',
      'Set-Cookie: [redacted]',
    ],
    [
      'an Authorization line of another scheme',
      'Authorization: SharedAccessSignature sr=x&sig=y',
      'Authorization: [redacted]',
    ],
    ['JSON Cookie member', '{"Cookie":"session=abc"}', '{"Cookie":"[redacted]"}'],
  ])('masks %s', (_form, text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
    expect(redactSecrets(expected)).toBe(expected);
  });

  it.each([
    ['an error code line', 'Error code: 800060'],
    ['the code member of an error body', '{"code":"800060","description":"x"}'],
    ['words that merely contain a name', 'monkey=1 barcode=2 error_code=3'],
    ['a redaction marker', 'access_token=[redacted]'],
  ])('leaves %s alone', (_form, text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('masks credentials inside data before cutting the data line short', () => {
    const secret = 'S3CRET-in-data';
    // The padding puts the second secret across the 2,000-character cut of the data line.
    const data = [{ client_secret: secret }, { padding: 'x'.repeat(1918) }, { client_secret: secret }];
    const text = diagnosticsText(
      parseErrorResponse({ status: 400, body: { code: '3000', description: 'd', source: 's', data } }),
    );
    expect(text).toContain('"client_secret":"[redacted]"');
    expect(text).not.toContain('S3CRET');
  });
});

describe('toProblemDetails', () => {
  it('is an RFC 9457 object with the Partner Center facts as extensions', () => {
    expect(toProblemDetails(error)).toEqual({
      type: 'about:blank',
      title: 'Too many requests',
      status: 429,
      detail: 'Rate limit is exceeded.',
      instance: 'urn:uuid:0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
      code: '429',
      source: 'PartnerFD',
      category: 'limit',
      retryable: true,
      retryAfterSeconds: 30,
      retryAfterSource: 'header',
      correlationId: 'corr-1',
      requestId: '0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
      data: [{ orderId: 'o-1' }],
      receivedAt: '2026-11-24T10:00:00.000Z',
    });
  });

  it('says which statuses a code found under another one is documented under, and names candidates', () => {
    const drifted = parseErrorResponse({ status: 400, body: { code: '800089', description: 'x', source: 's' } });
    expect(toProblemDetails(drifted)).toMatchObject({ type: 'urn:pc-errors:403-800089', documentedStatus: [403] });
    const ambiguous = parseErrorResponse({ status: 500, body: { code: 2006, description: 'x', source: 's' } });
    expect(toProblemDetails(ambiguous)).toMatchObject({
      type: 'about:blank',
      candidates: ['urn:pc-errors:400-2006', 'urn:pc-errors:403-2006'],
      documentedStatus: [400, 403],
    });
  });

  it('masks what the server wrote before it is forwarded', () => {
    const secret = 'Zq8~RealSecretValue123';
    const oauth = parseErrorResponse({
      status: 401,
      body: {
        error: 'invalid_client',
        error_description: `AADSTS7000215: Invalid client secret provided. client_secret=${secret}&scope=x`,
      },
    });
    const forwarded = parseErrorResponse({
      status: 400,
      body: {
        code: `x password=${secret}`,
        description: `Sent Authorization: Bearer ${secret}`,
        source: `token=${secret}`,
        data: [{ name: 'client_secret', value: secret }, { clientSecret: secret }, `refresh_token=${secret}`],
      },
    });
    for (const problem of [toProblemDetails(oauth), toProblemDetails(forwarded)])
      expect(JSON.stringify(problem)).not.toContain(secret);
    expect(toProblemDetails(oauth).detail).toMatch(
      /^AADSTS7000215: Invalid client secret provided\. client_secret=\[redacted\]/,
    );
    expect(toProblemDetails(forwarded).data).toEqual([
      { name: 'client_secret', value: '[redacted]' },
      { clientSecret: '[redacted]' },
      'refresh_token=[redacted]',
    ]);
  });

  it('names the catalog entry as its type', () => {
    const documented = parseErrorResponse({ status: 409, body: { code: '800060', description: 'x', source: 's' } });
    expect(toProblemDetails(documented).type).toBe('urn:pc-errors:409-800060');
  });
});
