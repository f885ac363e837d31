import { formatMessage, getEntry } from '@pc-errors/error-catalog';
import { HttpResponse } from 'msw';

/** A Partner Center error body for a documented (code, status), its placeholders filled with `values`. */
export function errorBody(code: string, httpStatus: number, values: readonly unknown[] | Record<string, unknown> = []) {
  const entry = getEntry(code, httpStatus);
  if (!entry) throw new Error(`the catalog documents no error ${code} with HTTP ${httpStatus}`);
  return { code, description: formatMessage(entry.message, values), data: [] as unknown[], source: 'PartnerFD' };
}

/** The headers every Partner Center answer carries: a fresh MS-CorrelationId and the request's MS-RequestId. */
export interface ResponseContext {
  correlationId: string;
  requestId: string;
}

const traceHeaders = (context: ResponseContext, extra: Record<string, string> = {}) => ({
  'MS-CorrelationId': context.correlationId,
  'MS-RequestId': context.requestId,
  ...extra,
});

export const ok = (context: ResponseContext, body: unknown, status = 200) =>
  HttpResponse.json(body as object, { status, headers: traceHeaders(context) });

export function documentedError(
  context: ResponseContext,
  code: string,
  httpStatus: number,
  values?: readonly unknown[] | Record<string, unknown>,
  extra?: Record<string, string>,
) {
  return HttpResponse.json(errorBody(code, httpStatus, values), {
    status: httpStatus,
    headers: traceHeaders(context, extra),
  });
}

/**
 * Throttling as Partner Center's gateway (Azure API Management) answers it, in the shape its throttling guidance
 * shows: `{ statusCode: 429, message: "Rate limit is exceeded. Try again in N seconds." }`, with `Retry-After`, or
 * (`withHeader` false) with the wait in the message alone.
 */
export function throttled(context: ResponseContext, seconds: number, withHeader = true) {
  const body = { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` };
  const extra: Record<string, string> = withHeader ? { 'Retry-After': String(seconds) } : {};
  return HttpResponse.json(body, { status: 429, headers: traceHeaders(context, extra) });
}

const GATEWAY_PAGE = `<!DOCTYPE html>
<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>Microsoft-Azure-Application-Gateway/v2</center>
</body>
</html>`;

/** What a gateway in front of the API sends when the service behind it fails: HTML, not JSON, and no trace headers. */
export const badGateway = () =>
  new HttpResponse(GATEWAY_PAGE, { status: 502, headers: { 'Content-Type': 'text/html' } });

export const unavailable = (seconds: number) =>
  new HttpResponse(null, { status: 503, headers: { 'Retry-After': String(seconds) } });
