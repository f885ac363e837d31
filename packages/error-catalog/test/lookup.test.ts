import { describe, expect, it } from 'vitest';
import { findEntries, getEntry, identityCodeOf, lookupEntry } from '../src';
import {
  cartWithFailedLine,
  checkoutWithOrderError,
  graphConsentMissing,
  oauthInvalidSecret,
  oauthRefreshExpired,
} from './fixtures/real-bodies';

const ids = (lookup: ReturnType<typeof lookupEntry>) => ({
  entry: lookup.entry?.id,
  candidates: lookup.candidates?.map((entry) => entry.id),
  statusMismatch: lookup.statusMismatch,
});

describe('lookupEntry: the code decides, the status picks', () => {
  it('answers with the exact (code, status) entry when there is one', () => {
    expect(ids(lookupEntry('2006', 403))).toEqual({ entry: '403-2006' });
    expect(ids(lookupEntry(800089, 403))).toEqual({ entry: '403-800089' });
  });

  it('finds a code documented under one other status, and says so', () => {
    expect(ids(lookupEntry('800089', 400))).toEqual({ entry: '403-800089', statusMismatch: { documented: [403] } });
    expect(ids(lookupEntry('600049', 403))).toEqual({ entry: '400-600049', statusMismatch: { documented: [400] } });
  });

  it('offers every entry of a code documented under several statuses, none of them the one received', () => {
    expect(ids(lookupEntry('2006', 500))).toEqual({
      candidates: ['400-2006', '403-2006'],
      statusMismatch: { documented: [400, 403] },
    });
  });

  it('without a status, answers with the only entry of a code, or its candidates', () => {
    expect(ids(lookupEntry('800089'))).toEqual({ entry: '403-800089' });
    expect(ids(lookupEntry('2006'))).toEqual({ candidates: ['400-2006', '403-2006'] });
  });

  it('lets errors documented inside a 200 answer for any success status', () => {
    expect(ids(lookupEntry('10021', 201))).toEqual({ entry: '200-10021' });
    expect(ids(lookupEntry('400072', 200))).toEqual({ entry: '200-400072' });
    expect(ids(lookupEntry('10021', 400))).toEqual({ entry: '200-10021', statusMismatch: { documented: [200] } });
  });

  it('lets a cart code answer for any success, and a sign-in code for the statuses sign-in errors come with', () => {
    for (const status of [undefined, 200, 201])
      expect(ids(lookupEntry('10003', status))).toEqual({ entry: '200-10003' });
    for (const status of [undefined, 400, 401, 403]) {
      expect(ids(lookupEntry('AADSTS700082', status))).toEqual({ entry: '400-AADSTS700082' });
    }
  });

  it('flags a cart code outside 2xx and a sign-in code at any other status as a mismatch', () => {
    for (const status of [400, 401, 503])
      expect(ids(lookupEntry('10006', status))).toEqual({ entry: '200-10006', statusMismatch: { documented: [200] } });
    for (const status of [200, 429, 503])
      expect(ids(lookupEntry('AADSTS700082', status))).toEqual({
        entry: '400-AADSTS700082',
        statusMismatch: { documented: [400] },
      });
  });

  it('accepts identity codes in any case and the cart SDK names of line-item codes', () => {
    expect(lookupEntry('aadsts50076', 400).entry?.code).toBe('AADSTS50076');
    expect(lookupEntry(' InventoryNotAvailable ').entry?.code).toBe('10003');
    expect(lookupEntry('maxallowedseatspersubscriptionexceeded', 201).entry?.code).toBe('10015');
  });

  it.each([
    ['an unknown code', '424242', 400],
    ['a live code the page does not list', '1002', 401],
    ['an identity code the catalog lacks', 'AADSTS9999999', 400],
    ['null', null, 400],
    ['undefined', undefined, undefined],
    ['NaN', Number.NaN, 400],
    ['a fraction', 1.5, 400],
    ['an empty string', '', 400],
    ['blank', '   ', 400],
    ['a huge string', '9'.repeat(1_000_000), 400],
    ['an identity error name', 'ExpiredOrRevokedGrantInactiveToken', 400],
  ])('answers {} for %s', (_name, code, status) => {
    expect(lookupEntry(code, status)).toEqual({});
  });

  it('ignores a status that is not a number, as if none was given', () => {
    expect(ids(lookupEntry('800089', Number.NaN))).toEqual({ entry: '403-800089' });
  });

  it('leaves getEntry and findEntries to their contracts', () => {
    expect(getEntry('800089', 400)).toBeUndefined();
    expect(getEntry('800089', 403)?.id).toBe('403-800089');
    expect(getEntry('aadsts700082')?.id).toBe('400-AADSTS700082');
    expect(getEntry('AADSTS700082', 401)).toBeUndefined();
    expect(findEntries('AADSTS700082').map((entry) => entry.id)).toEqual(['400-AADSTS700082']);
  });
});

describe('identityCodeOf', () => {
  it('reads the AADSTS code of an OAuth error_description, as the catalog keys it', () => {
    expect(identityCodeOf(oauthRefreshExpired.error_description)).toBe('AADSTS700082');
    expect(identityCodeOf(oauthInvalidSecret.error_description)).toBe('AADSTS7000215');
    expect(identityCodeOf(graphConsentMissing.error.message)).toBe('AADSTS65001');
    expect(identityCodeOf('Sign-in failed (aadsts50076): MFA required')).toBe('AADSTS50076');
  });

  it('takes the first code of a text that names several', () => {
    expect(identityCodeOf('AADSTS50076: see also AADSTS50079')).toBe('AADSTS50076');
  });

  it.each([
    ['no code', 'The refresh token has expired.'],
    ['a prefix without digits', 'AADSTS: nothing'],
    ['more digits than any code has', 'AADSTS12345678901234: forged'],
    ['null', null],
    ['a number', 700082],
    ['an object', { toString: () => 'AADSTS700082' }],
    ['an array', ['AADSTS700082']],
  ])('answers undefined for %s', (_name, text) => {
    expect(identityCodeOf(text)).toBeUndefined();
  });

  it('reads only the start of a long text, so hostile input costs one bounded pass', () => {
    expect(identityCodeOf(`${'x'.repeat(5000)}AADSTS700082`)).toBeUndefined();
    expect(identityCodeOf('AADSTS'.repeat(200_000))).toBeUndefined();
    expect(identityCodeOf('AADSTS1'.repeat(200_000))).toBe('AADSTS1');
  });
});

describe('real-shaped bodies find their entries', () => {
  it('maps token errors to identity entries of category authentication', () => {
    for (const text of [oauthRefreshExpired.error_description, oauthInvalidSecret.error_description]) {
      const { entry } = lookupEntry(identityCodeOf(text), 400);
      expect(entry?.origin).toBe('identity');
      expect(entry?.category).toBe('authentication');
    }
    expect(lookupEntry(identityCodeOf(graphConsentMissing.error.message), 403).entry?.id).toBe('400-AADSTS65001');
  });

  it("maps a cart line item's error to its CartErrorCode entry, a failure of that line", () => {
    const failed = cartWithFailedLine.lineItems.flatMap((line) => (line.error ? [line.error] : []));
    expect(failed).toHaveLength(1);
    const { entry } = lookupEntry(failed[0]!.errorCode);
    expect(entry).toMatchObject({ id: '200-10015', name: 'MaxAllowedSeatsPerSubscriptionExceeded', severity: 'error' });
  });

  it("maps a checkout's order error to the page's entry of its code", () => {
    const [orderError] = checkoutWithOrderError.orderErrors;
    expect(lookupEntry(orderError!.code).entry?.id).toBe('403-800089');
  });
});
