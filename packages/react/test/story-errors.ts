import {
  catalog,
  lookupEntry,
  networkError,
  parseErrorResponse,
  type PartnerCenterError,
} from '@pc-errors/error-catalog';
import type { ErrorFacts } from '../src/errorFacts';

const headers = {
  'MS-CorrelationId': '7f8c2a1e-3b4d-4c5e-9f60-1a2b3c4d5e6f',
  'MS-RequestId': '0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11',
};
const respond = (status: number, body: unknown, extra: Record<string, string> = {}) =>
  parseErrorResponse({ status, headers: { ...headers, ...extra }, body, receivedAt: new Date() });
const pc = (status: number, code: string, description: string, extra?: Record<string, string>) =>
  respond(status, { code, description, data: [], source: 'PartnerFD' }, extra);

/** The errors the stories show: one per state a partner portal meets. */
export const storyErrors = {
  notFound: () => pc(404, '20003', 'Subscription with ID 3f2a9c1e-8b7d-4e6f-a5b4-c3d2e1f0a9b8 not found.'),
  validation: () => pc(400, '600049', 'Organization registration ID information is missing'),
  // An answer the service doesn't usually give (HTTP 202 with an error body) is a warning; an HTTP 200 with a code the
  // catalog doesn't list is a notice. The page's own HTTP 200 rows (10021, 400072) are failed line items, so errors.
  warning: () => pc(202, '70001', 'The registration was accepted and is still being processed.'),
  info: () => pc(200, '70000', 'The order was placed. One add-on starts at the next billing date.'),
  /** Received now: create it when the story renders (a loader), or its countdown has already run out. */
  throttled: (retryAfterSeconds = 60) =>
    pc(429, '429', `Rate limit is exceeded. Try again in ${retryAfterSeconds} seconds.`, {
      'Retry-After': String(retryAfterSeconds),
    }),
  inProgress: () =>
    pc(409, '800060', 'Your order is in progress. Check your order history for recent orders in few minutes'),
  unauthorized: () =>
    pc(401, '800001', 'Partner Token missing in request context', {
      'WWW-Authenticate': 'OAuth realm=urn:cpsvc:cpid:4f0b7c2d-1e3a-4b5c-8d9e-0f1a2b3c4d5e',
    }),
  unknownCode: () => pc(401, '1002', 'Authorization Failed'),
  gatewayHtml: () =>
    respond(
      502,
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>',
      {
        'Content-Type': 'text/html',
      },
    ),
  emptyServiceUnavailable: () => respond(503, '', { 'Retry-After': '120' }),
  networkDrop: () => networkError(new TypeError('Failed to fetch')),
  longDescription: () =>
    pc(
      400,
      '900221',
      `Subscription 3f2a9c1e can't be migrated to New Commerce because of one or more reasons. ${'The subscription has add-ons attached, promotions applied, and is too close to its term end. '.repeat(20)}`,
    ),
  hostile: () =>
    pc(
      400,
      '3000',
      '<img src=x onerror="alert(document.cookie)"><script>alert(1)</script> {0} javascript:alert(1) \u202Eevil',
    ),
  /** 800089 is documented under 403 Forbidden and arrives as 400: the catalog finds it by its code. */
  statusMismatch: (): PartnerCenterError & ErrorFacts => ({
    ...pc(
      400,
      '800089',
      'For the current term, the requested number of 1 asset(s) exceeded the remaining limit of 0 assets allowed per customer.',
    ),
    ...lookupEntry('800089', 400),
  }),
  /** 2006 is documented under 400 and 403; received with 500, it may be either. */
  candidates: (): PartnerCenterError & ErrorFacts => ({
    ...pc(500, '2006', 'The request could not be completed for offer 3f2a9c1e.'),
    ...lookupEntry('2006', 500),
  }),
  /** 900278 waits 24 hours: words, not a countdown. */
  waitsADay: () => pc(409, '900278', "There's a pending operation on this subscription. Try again after 24 hours."),
  /** A 429 whose wait is only in its text (no Retry-After), as the catalog reads it. Received now: call it in a loader. */
  waitFromBody: (): PartnerCenterError & ErrorFacts => ({
    ...pc(429, '429', 'Rate limit is exceeded. Try again in 38 seconds.'),
    retryAfterSeconds: 38,
    retryAfterSource: 'body',
  }),
  /** The second line item of a checkout failed for want of quota. */
  lineItem: (): PartnerCenterError & ErrorFacts => ({
    ...pc(200, '10002', 'Not enough quota available for Microsoft 365 E3.'),
    lineItem: { lineItemId: 2, orderGroupId: '0' },
  }),
  /** The service answered in Arabic (the portal asked for it with Accept-Language: ar). */
  rightToLeft: () => pc(404, '20003', 'لم يتم العثور على الاشتراك ذي المعرف 3f2a9c1e.'),
} satisfies Record<string, () => PartnerCenterError>;

/** A session of an Arabic-language portal: the service's descriptions in Arabic, each code's entry translated (see arabicCatalogText). */
export function arabicErrors(): PartnerCenterError[] {
  return [
    storyErrors.rightToLeft(),
    pc(400, '600049', 'معلومات رقم تسجيل المؤسسة مفقودة للعميل في كازاخستان.'),
    pc(409, '800060', 'طلبك قيد المعالجة. راجع سجل الطلبات بعد بضع دقائق.'),
    pc(401, '800001', 'رمز الشريك مفقود في سياق الطلب.', {
      'WWW-Authenticate': 'OAuth realm=urn:cpsvc:cpid:4f0b7c2d-1e3a-4b5c-8d9e-0f1a2b3c4d5e',
    }),
  ];
}

/** One error per catalog entry, as the service would send it (the template as the description). */
export function everyEntryError(): PartnerCenterError[] {
  return catalog.map((entry) => pc(entry.httpStatus, entry.code, entry.message));
}

/** A checkout's items as a portal shows them: two order groups. */
export const checkoutItems = [
  { id: 1, label: 'Microsoft 365 E3 × 25', orderGroup: '0' },
  { id: 2, label: 'Azure plan', orderGroup: '0' },
  { id: 3, label: 'Teams Phone Standard × 10', orderGroup: '1' },
  { id: 4, label: 'Visio Plan 2 × 3', orderGroup: '1' },
  { id: 5, label: 'Power BI Pro × 40', orderGroup: '1' },
];

/** A failed line item or order group of a checkout, as the catalog's checkout reader gives it. */
const lineItemError = (lineItem: ErrorFacts['lineItem'], code: string, description: string) => ({
  ...pc(201, code, description),
  lineItem,
});

/** Checkout results: the errors `parseCheckoutResult` gives for each case. */
export const checkoutErrors = {
  partial: () => [
    lineItemError({ lineItemId: 2, orderGroupId: '0' }, '10002', 'Not enough quota available for Azure plan.'),
    lineItemError({ lineItemId: 4, orderGroupId: '1' }, '10001', "Catalog item ID isn't valid"),
  ],
  allFailed: () =>
    checkoutItems.map((item) =>
      lineItemError({ lineItemId: item.id, orderGroupId: item.orderGroup }, '10002', 'Not enough quota available.'),
    ),
  orderGroup: () => [lineItemError({ orderGroupId: '1' }, '10021', 'The order group could not be placed.')],
  callFailed: () =>
    pc(409, '800060', 'Your order is in progress. Check your order history for recent orders in few minutes'),
} satisfies Record<string, () => PartnerCenterError | PartnerCenterError[]>;
