// The Microsoft identity platform's token endpoint, as a portal meets it before any Partner Center call: a token, or
// an OAuth 2.0 error body whose description starts with the AADSTS code.
import { getEntry } from '@pc-errors/error-catalog';
import { http, HttpResponse } from 'msw';

/** Where the sandbox's token endpoint lives: `POST {IDENTITY_BASE_URL}/{tenant}/oauth2/v2.0/token`. */
export const IDENTITY_BASE_URL = 'https://login.microsoftonline.com';

/** An OAuth error as the token endpoint sends it, its text the catalog's documented message for the code. */
function oauthError(status: number, error: string, code: number, guid: () => string) {
  const traceId = guid();
  const correlationId = guid();
  const timestamp = new Date().toISOString().replace('T', ' ').slice(0, 19) + 'Z';
  const message = getEntry(`AADSTS${code}`)?.message ?? 'Sign-in failed.';
  return HttpResponse.json(
    {
      error,
      error_description: `AADSTS${code}: ${message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${IDENTITY_BASE_URL}/error?code=${code}`,
    },
    { status },
  );
}

/**
 * The token endpoint: a refresh token `expired` (or the `sign-in-expired` scenario) gets invalid_grant AADSTS700082,
 * a client secret `wrong` gets invalid_client AADSTS7000215 (401), anything else a bearer token.
 */
export function tokenHandler(baseUrl: string, guid: () => string, signInExpired: (request: Request) => boolean) {
  return http.post<never, never, never>(`${baseUrl}/:tenant/oauth2/v2.0/token`, async ({ request }) => {
    const form = new URLSearchParams(await request.text().catch(() => ''));
    if (
      signInExpired(request) ||
      (form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === 'expired')
    )
      return oauthError(400, 'invalid_grant', 700082, guid);
    if (form.get('client_secret') === 'wrong') return oauthError(401, 'invalid_client', 7000215, guid);
    return HttpResponse.json({ token_type: 'Bearer', expires_in: 3599, access_token: `sandbox-${guid()}` });
  });
}
