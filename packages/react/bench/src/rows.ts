// The rows every grid of the benchmark shows: the same generated error log, so that each grid does the same work.
import { catalog, parseErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';

const UNDOCUMENTED_STATUSES = [404, 409, 429, 400, 401, 403, 500, 502, 503];

/**
 * `count` parsed errors, oldest first, 26 s apart: documented entries with a filled-in description, one in
 * ten an undocumented code under a documented status. Every row has a unique request and correlation ID.
 */
export function errorLog(count: number): PartnerCenterError[] {
  let state = 1;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const documented = catalog.filter((entry) => entry.httpStatus >= 400);
  const start = Date.UTC(2026, 9, 1);
  return Array.from({ length: count }, (_, index) => {
    const entry = documented[Math.floor(random() * documented.length)]!;
    const known = random() >= 0.1;
    const status = known ? entry.httpStatus : UNDOCUMENTED_STATUSES[Math.floor(random() * 9)]!;
    return parseErrorResponse({
      status,
      headers: {
        'MS-CorrelationId': `c${(index * 7919).toString(16).padStart(8, '0')}-4a51-9f41`,
        'MS-RequestId': `r${index.toString(16).padStart(8, '0')}`,
        ...(status === 429 ? { 'Retry-After': '30' } : {}),
      },
      body: {
        code: known ? entry.code : String(1000 + (index % 50)),
        description: entry.message.replaceAll('{0}', `A${index}`),
        data: [],
        source: index % 3 ? 'PartnerFD' : 'Commerce',
      },
      receivedAt: new Date(start + index * 26_000),
    });
  });
}

/** What each grid's search looks through, lower-cased: the benchmark knows which rows each should show. */
export const searchedText = {
  /** ErrorTable: title, description, IDs, status, code, category and source. */
  ours: (error: PartnerCenterError) =>
    [
      error.httpStatus,
      error.code,
      error.title,
      error.description,
      error.category,
      error.source,
      error.correlationId,
      error.requestId,
    ]
      .join(' ')
      .toLowerCase(),
  /** The others: any one of the shown columns' values. */
  columns: (error: PartnerCenterError) =>
    [error.receivedAt, error.httpStatus, error.code, error.title, error.category, error.source, error.correlationId]
      .join('\n')
      .toLowerCase(),
};
