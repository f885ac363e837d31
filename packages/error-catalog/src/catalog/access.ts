import type { CatalogAccess } from '../parse/build-error';
import { lookupEntry } from './lookup';
import { OAUTH_ERRORS } from './oauth-titles';

/** The catalog as the parser uses it: loaded statically by parseErrorResponse, on the first error by readErrorResponse. */
export const access: CatalogAccess = { lookupEntry, oauthErrors: OAUTH_ERRORS };
