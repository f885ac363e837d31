// Which statuses belong together, for deciding whether a body's code or the status says what a failure is. A module
// of its own, with no imports: the catalog chunk and the first-load parser share it without sharing anything else.

export const isSuccess = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;

/** Statuses at which the identity platform (token endpoint, Graph) reports a sign-in error. */
export const isIdentityStatus = (status: number): boolean => status === 400 || status === 401 || status === 403;

// What kind of failure a status reports: a catalog entry documented under a status of another kind does not decide.
const kindOf = (status: number) => (status === 401 || status === 429 ? status : Math.floor(status / 100));

/**
 * Whether a failure status (400 or more) says something other than every status a code is documented under: a 401
 * or a 503 carrying a cart code, a 429 carrying a 400 code. Then the status, not the body's code, says what happened.
 */
export const statusDecides = (status: number, documented: readonly number[]): boolean =>
  status >= 400 && !documented.some((other) => kindOf(other) === kindOf(status));
