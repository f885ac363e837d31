import { bannerEn, n } from './bannerMessages';
import type { Messages } from './messages';

/** The strings of the banner's details: they load with the details, after the banner is painted. */
export type DetailsMessages = Pick<
  Messages,
  'detailLabels' | 'waitSeconds' | 'waitFromBody' | 'noResponse' | 'entryName'
>;

/** The details' English strings, part of `en`. */
export const detailsEn: DetailsMessages = {
  detailLabels: {
    httpStatus: 'HTTP status',
    code: bannerEn.detailLabels.code,
    source: 'Source',
    correlationId: 'Correlation ID',
    requestId: 'Request ID',
    time: 'Time',
    realm: 'Auth realm',
    documentedStatus: 'Documented as',
    candidates: 'May be',
    retryAfter: 'Wait before retrying',
    lineItem: 'Line item',
    orderGroup: 'Order group',
  },
  waitSeconds: (seconds) => `${n(seconds)} s`,
  waitFromBody: (wait) => `${wait}, read from the response text`,
  noResponse: bannerEn.noResponse,
  entryName: (code, httpStatus) => `${code} (HTTP ${httpStatus})`,
};
