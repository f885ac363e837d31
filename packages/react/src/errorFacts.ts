import type { CatalogEntry, PartnerCenterError } from '@pc-errors/error-catalog';

/**
 * What the catalog's code-first lookup and its cart and checkout readers add to an error: the statuses a code is
 * documented under when it arrived with another one, the entries it may be, the line item or order group it is
 * about, and where its wait was read. Read through `factsOf`; every one is optional.
 */
export interface ErrorFacts {
  statusMismatch?: { documented: number[] };
  candidates?: CatalogEntry[];
  lineItem?: { lineItemId?: string | number; orderGroupId?: string };
  retryAfterSource?: 'header' | 'body';
}

const NONE: ErrorFacts = Object.freeze({});

/** The facts an error carries, checked: a hand-built error with odd values reads as one without them. */
export function factsOf(error: PartnerCenterError): ErrorFacts {
  const { statusMismatch, candidates, lineItem, retryAfterSource } = error as PartnerCenterError & ErrorFacts;
  // Most errors carry none: read for every row a table searches, they cost no object.
  if (!statusMismatch && !candidates && !lineItem && !retryAfterSource) return NONE;
  return {
    ...(Array.isArray(statusMismatch?.documented) && { statusMismatch }),
    ...(Array.isArray(candidates) && candidates.length > 0 && { candidates }),
    ...(lineItem && typeof lineItem === 'object' && { lineItem }),
    ...((retryAfterSource === 'header' || retryAfterSource === 'body') && { retryAfterSource }),
  };
}
