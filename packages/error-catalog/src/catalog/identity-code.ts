// Apart from the catalog, so that a parser can find the code without loading every entry.
const IDENTITY_CODE = /AADSTS(\d{1,10})(?!\d)/i;
const SCANNED = 4096;

/**
 * The Microsoft Entra error code in a token or sign-in error text, as the catalog keys it (`"AADSTS700082"`), else
 * `undefined`. Reads an OAuth `error_description` ("AADSTS700082: The refresh token has expired…"), a Graph
 * `error.message`, or any text: only its first 4,096 characters, in one linear pass; anything that is not a string
 * gives `undefined`.
 * @example identityCodeOf('AADSTS700082: The refresh token has expired due to inactivity.') // "AADSTS700082"
 */
export function identityCodeOf(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const match = IDENTITY_CODE.exec(text.length > SCANNED ? text.slice(0, SCANNED) : text);
  return match ? `AADSTS${match[1]}` : undefined;
}
