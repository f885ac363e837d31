// The OAuth 2.0 `error` values of the identity platform (RFC 6749 §5.2, OpenID Connect Core §3.1.2.6, and the values
// Microsoft Entra adds): what the parser needs to classify one without loading their titles (oauth-titles.ts) or
// fixes (oauth-remediation.ts).

/** The title of each OAuth `error` value, and whether the same request can succeed later unchanged. */
export type OAuthErrors = Readonly<Record<string, readonly [title: string, retryable?: true]>>;

/** The title of any other OAuth error value. */
export const OAUTH_FALLBACK_TITLE = 'Sign-in failed';

/** A table's own value for an OAuth error value: never one of Object.prototype's (`constructor`, `toString`). */
export const oauthValue = <T>(table: Readonly<Record<string, T>>, value: string | undefined): T | undefined =>
  value !== undefined && Object.hasOwn(table, value) ? table[value] : undefined;
