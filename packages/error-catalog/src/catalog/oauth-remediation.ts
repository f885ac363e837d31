import type { Remediation } from '../types';
import { deepFreeze } from './freeze';

const SIGN_IN = 'Sign in to the portal again, so that it gets a new token.';
const ADMIN_CONSENT = "Have a Global Administrator of the tenant grant the app's permissions (admin consent).";
const SECRET =
  'In the app registration, create a new client secret or certificate and put its value (not its ID) in the app.';
const RETRY = 'Wait a few seconds and try again: the app should back off between attempts.';

const fix = (summary: string, ...steps: string[]): Remediation => ({ summary, steps });

/**
 * The fix for each OAuth `error` value of the identity platform, used when the catalog has no entry for the AADSTS
 * code. Deeply frozen.
 */
export const OAUTH_REMEDIATION: Readonly<Record<string, Remediation>> = deepFreeze({
  invalid_grant: fix(
    'The refresh token, code or grant the app sent is expired, revoked or already used; the Partner Center call itself was fine.',
    SIGN_IN,
    'If it happens again at once, check whether a password change, a revoked session or Conditional Access ended the sign-in.',
  ),
  invalid_client: fix(
    "Microsoft Entra ID didn't accept the app's credentials: a wrong, expired or deleted secret or certificate, or the wrong app ID.",
    SECRET,
    'Check that the app sends the application (client) ID of the same registration.',
  ),
  unauthorized_client: fix(
    "The app registration doesn't allow this grant, or the app isn't known in this tenant.",
    'Check that the app is registered for the flow it uses (public client flows, implicit grant, client credentials).',
    ADMIN_CONSENT,
  ),
  invalid_request: fix(
    'The token request lacks a parameter or has one twice; the app must change how it signs in.',
    'Give the developer the description and the trace ID: it names the parameter.',
  ),
  invalid_scope: fix(
    "The app asked for a permission or resource that doesn't exist or isn't granted.",
    'Use the Partner Center scope https://api.partnercenter.microsoft.com/user_impersonation.',
  ),
  invalid_resource: fix(
    "The API the app wants a token for isn't found in this tenant or isn't set up for the app.",
    ADMIN_CONSENT,
    'Check the resource or scope the app asks for.',
  ),
  unsupported_grant_type: fix(
    "The tenant or app doesn't support the sign-in flow the app used.",
    'Use a flow the app registration allows.',
  ),
  access_denied: fix('The user or an admin declined the sign-in or the consent.', SIGN_IN, ADMIN_CONSENT),
  consent_required: fix(
    "Nobody has consented to the app's permissions in this tenant yet.",
    ADMIN_CONSENT,
    'Then sign in again.',
  ),
  interaction_required: fix(
    'A silent sign-in is not enough: MFA, Conditional Access or a changed password needs the user.',
    'Sign in interactively and complete the prompts (MFA, terms of use).',
  ),
  login_required: fix('The session ended; the user must sign in again.', SIGN_IN),
  expired_token: fix('The device code expired before the user finished signing in.', 'Start the sign-in again.'),
  authorization_pending: fix(
    "The user hasn't finished signing in on the other device yet.",
    'Finish the sign-in; the app keeps polling.',
  ),
  slow_down: fix('The app asks for the token faster than allowed.', RETRY),
  temporarily_unavailable: fix('Microsoft Entra ID is busy; nothing is wrong with the request.', RETRY),
  server_error: fix(
    'Microsoft Entra ID failed while handling the sign-in.',
    RETRY,
    'If it persists, check the Microsoft Entra service health.',
  ),
});

/** The fix for an OAuth error value the table does not name. */
export const OAUTH_FALLBACK: Remediation = deepFreeze(
  fix(
    "Microsoft Entra ID didn't issue a token; the Partner Center call wasn't made or wasn't accepted.",
    SIGN_IN,
    'If it fails again, give the developer the description and the trace ID.',
  ),
);
