import type { Remediation } from '../types';
import { deepFreeze } from './freeze';

const SIGN_IN = 'Sign in again.';
const CONSENT = "Have a Global Administrator grant the app's permissions (admin consent).";
const RETRY = 'Try again in a few seconds.';
const fix = (summary: string, ...steps: string[]): Remediation => ({ summary, steps });

/**
 * The fix for each OAuth `error` value of the identity platform, for a sign-in error whose AADSTS code the catalog
 * has no entry for. Deeply frozen.
 */
export const OAUTH_REMEDIATION: Readonly<Record<string, Remediation>> = deepFreeze({
  invalid_grant: fix('The sign-in (refresh token or code) expired or was revoked.', SIGN_IN),
  invalid_client: fix(
    "Microsoft Entra ID rejected the app's secret, certificate or ID.",
    'Create a new client secret in the app registration and give the app its value, not its ID.',
  ),
  unauthorized_client: fix("The app isn't registered for this sign-in flow in this tenant.", CONSENT),
  invalid_request: fix(
    'The app sent an incomplete sign-in request.',
    'Give the developer the description and trace ID.',
  ),
  invalid_scope: fix(
    "The app asked for a permission that doesn't exist.",
    'Ask for https://api.partnercenter.microsoft.com/user_impersonation.',
  ),
  invalid_resource: fix("The API the app asked a token for isn't set up in this tenant.", CONSENT),
  unsupported_grant_type: fix("The tenant doesn't allow the app's sign-in flow.", 'Use a flow the app allows.'),
  access_denied: fix('Sign-in or consent was declined.', SIGN_IN, CONSENT),
  consent_required: fix('Nobody consented to the app in this tenant yet.', CONSENT, SIGN_IN),
  interaction_required: fix('MFA or Conditional Access needs the user.', 'Sign in interactively.'),
  login_required: fix('The session ended.', SIGN_IN),
  expired_token: fix('The sign-in code expired.', SIGN_IN),
  authorization_pending: fix("The user hasn't finished signing in.", 'Finish signing in.'),
  slow_down: fix('The app asks for a token too often.', RETRY),
  temporarily_unavailable: fix('Microsoft Entra ID is busy.', RETRY),
  server_error: fix('Microsoft Entra ID failed.', RETRY),
});

/** The fix for an OAuth error value the table does not name. */
export const OAUTH_FALLBACK: Remediation = deepFreeze(
  fix("Microsoft Entra ID didn't issue a token, so Partner Center wasn't called.", SIGN_IN),
);
