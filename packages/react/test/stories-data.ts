import { catalog, parseErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';

const categories = ['404', '409', '429', '400', '401', '403', '500', '502', '503'] as const;

/** A deterministic error log of any size, shaped like a busy partner's month of failed calls. */
export function generateErrors(count: number, seed = 1): PartnerCenterError[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const start = Date.UTC(2026, 9, 1);
  const documented = catalog.filter((entry) => entry.httpStatus >= 400);
  const errors: PartnerCenterError[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const entry = documented[Math.floor(random() * documented.length)]!;
    const undocumented = random() < 0.1;
    const status = undocumented ? Number(categories[Math.floor(random() * categories.length)]) : entry.httpStatus;
    errors[i] = parseErrorResponse({
      status,
      headers: {
        'MS-CorrelationId': `c${(i * 7919).toString(16).padStart(7, '0')}-4a51-9f41`,
        'MS-RequestId': `r${i.toString(16).padStart(8, '0')}`,
        ...(status === 429 ? { 'Retry-After': '30' } : {}),
      },
      body: {
        code: undocumented ? String(1000 + (i % 50)) : entry.code,
        description: entry.message.replaceAll('{0}', `A${i}`),
        data: [],
        source: i % 3 ? 'PartnerFD' : 'Commerce',
      },
      receivedAt: new Date(start + i * 26_000),
    });
  }
  return errors;
}
