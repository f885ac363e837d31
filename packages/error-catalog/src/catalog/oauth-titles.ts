// What the identity platform's OAuth 2.0 `error` values mean (RFC 6749 §5.2, OpenID Connect Core §3.1.2.6, and the
// values Microsoft Entra adds), for a token or sign-in error whose AADSTS code the catalog does not have. Every one is
// an `authentication` error: a new sign-in, consent or credential fixes it, never a change to the Partner Center call.
// The parser gets this table with the catalog (access.ts): readErrorResponse loads both on the first error.
import type { OAuthErrors } from './oauth-errors';

/** Every OAuth `error` value the identity platform sends, titled. */
export const OAUTH_ERRORS: OAuthErrors = {
  invalid_grant: ['The sign-in expired or was revoked'],
  invalid_client: ["The app's credentials were rejected"],
  unauthorized_client: ["The app isn't allowed to sign in this way"],
  invalid_request: ['The sign-in request is incomplete'],
  invalid_scope: ['The app asked for a permission that is not valid'],
  invalid_resource: ['The API the app asked a token for is not available to it'],
  unsupported_grant_type: ['The app used a sign-in flow the tenant does not allow'],
  access_denied: ['Sign-in or consent was declined'],
  consent_required: ['Consent is needed for the app'],
  interaction_required: ['The user must sign in interactively'],
  login_required: ['The user must sign in again'],
  expired_token: ['The sign-in code expired'],
  authorization_pending: ['Waiting for the user to finish signing in', true],
  slow_down: ['The app is polling for a token too fast', true],
  temporarily_unavailable: ['Microsoft Entra ID is temporarily unavailable', true],
  server_error: ['Microsoft Entra ID failed to answer', true],
};
