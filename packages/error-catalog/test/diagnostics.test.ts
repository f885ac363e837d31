import { describe, expect, it } from 'vitest';
import { diagnosticsText, parseErrorResponse, toProblemDetails } from '../src';

const error = parseErrorResponse({
  status: 429,
  headers: { 'MS-CorrelationId': 'corr-1', 'MS-RequestId': '0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11', 'Retry-After': '30' },
  body: { code: '800060', description: 'Your order is in progress.', source: 'PartnerFD', data: [{ orderId: 'o-1' }] },
  receivedAt: '2026-11-24T10:00:00.000Z',
});

describe('diagnosticsText', () => {
  it('lists what support asks for, one fact a line', () => {
    const text = diagnosticsText(error);
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'Time: 2026-11-24T10:00:00.000Z',
        'HTTP status: 429',
        'Error code: 800060',
        'Description: Your order is in progress.',
        'Source: PartnerFD',
        'Correlation ID: corr-1',
        'Request ID: 0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
        'Retry after: 30 s',
        'Catalog entry: not documented',
        'Data: [{"orderId":"o-1"}]',
      ]),
    );
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

describe('toProblemDetails', () => {
  it('is an RFC 9457 object with the Partner Center facts as extensions', () => {
    expect(toProblemDetails(error)).toEqual({
      type: 'about:blank',
      title: 'Too many requests',
      status: 429,
      detail: 'Your order is in progress.',
      instance: 'urn:uuid:0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
      code: '800060',
      source: 'PartnerFD',
      category: 'limit',
      retryable: true,
      retryAfterSeconds: 30,
      correlationId: 'corr-1',
      requestId: '0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
      data: [{ orderId: 'o-1' }],
      receivedAt: '2026-11-24T10:00:00.000Z',
    });
  });

  it('names the catalog entry as its type', () => {
    const documented = parseErrorResponse({ status: 409, body: { code: '800060', description: 'x', source: 's' } });
    expect(toProblemDetails(documented).type).toBe('urn:pc-errors:409-800060');
  });
});
