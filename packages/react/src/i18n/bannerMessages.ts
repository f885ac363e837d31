import type { Messages } from './messages';

/** A count in English digits ("1,234"). */
export const n = (value: number) => value.toLocaleString('en');

/**
 * The strings `ErrorBanner` shows up front: its defaults are these alone, so that a page with only a banner carries
 * no others (the details' strings come with the details).
 */
export type BannerMessages = Pick<
  Messages,
  | 'retry'
  | 'retryIn'
  | 'retryReady'
  | 'retryWhen'
  | 'dismiss'
  | 'copyDetails'
  | 'copied'
  | 'copyFailed'
  | 'details'
  | 'noResponse'
  | 'cancelledTitle'
  | 'cancelledDescription'
  | 'severity'
> & {
  /** The label of the code in the banner's status line; the other labels are the details' (see detailsMessages). */
  detailLabels: Pick<Messages['detailLabels'], 'code'>;
};

/** The banner's English strings, part of `en`. */
export const bannerEn: BannerMessages = {
  retry: 'Retry',
  retryIn: (seconds) => `Retry available in ${seconds} s`,
  retryReady: 'You can retry now.',
  retryWhen: (hint) => `Retry later. ${hint}.`,
  dismiss: 'Dismiss',
  copyDetails: 'Copy details',
  copied: 'Details copied to the clipboard.',
  copyFailed: 'The clipboard is not available here. Open the details and copy them by hand.',
  details: 'Details',
  detailLabels: { code: 'Error code' },
  noResponse: 'No response',
  cancelledTitle: 'Request cancelled',
  cancelledDescription: 'No answer arrived before the request was cancelled. It may or may not have been carried out.',
  severity: { error: 'Error', warning: 'Warning', info: 'Notice' },
};
