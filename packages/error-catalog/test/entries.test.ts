import { describe, expect, it } from 'vitest';
import { type CatalogEntry, catalog, findEntries, getEntry, getHttpStatus, httpStatuses, remediationOf } from '../src';

const categories = [
  'authentication',
  'authorization',
  'validation',
  'not-found',
  'conflict',
  'eligibility',
  'limit',
  'transient',
  'service',
  'unknown',
];
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

// Content words of a text, to tell a summary that explains from one that says the message again.
const STOP = new Set(
  'a an the this that these those is are was were be been it its of to in on for with by as at or and but not no can cant isnt doesnt dont has have had do does from into than then so such your you their they them our any all each every one more some which what who when where how there if only per via'.split(
    ' ',
  ),
);
const contentWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/[^a-z0-9 ]/g, '')
      .split(/\s+/)
      .filter((word) => word && !STOP.has(word))
      .map((word) => word.replace(/s$/, '')),
  );

describe('every entry', () => {
  it.each(catalog.map((entry) => [entry.id, entry] as const))('%s is complete and well formed', (_id, entry) => {
    expect(entry.id).toBe(`${entry.httpStatus}-${entry.code}`);
    expect(['rest-error-codes', 'cart', 'identity']).toContain(entry.origin);
    expect(entry.httpStatusName).toBe(getHttpStatus(entry.httpStatus)?.name);
    expect(categories).toContain(entry.category);
    expect(['error', 'warning', 'info']).toContain(entry.severity);
    expect(typeof entry.retryable).toBe('boolean');
    expect(['partner', 'customer', 'developer', 'microsoft']).toContain(entry.actor);
    expect(entry.remediation.summary.length).toBeGreaterThan(20);
    expect(entry.remediation.steps.length).toBeGreaterThanOrEqual(1);
    expect(entry.remediation.steps.length).toBeLessThanOrEqual(4);
    for (const step of entry.remediation.steps) {
      expect(step.trim().length).toBeGreaterThan(10);
      expect(step, 'one sentence, starting with a capital').toMatch(/^[A-Z0-9].*[.)]$/);
    }
    for (const country of entry.countries ?? []) expect(regionNames.of(country), country).toBeTruthy();
    // A field is one the documented text or the fix names: the fix names a field of the operation it calls.
    const named = `${entry.message}\n${entry.details ?? ''}\n${entry.remediation.steps.join('\n')}`;
    for (const field of entry.fields ?? []) expect(named).toContain(field);
  });

  it('says in its summary what the message does not: at least three words of cause or consequence', () => {
    for (const entry of catalog) {
      const documented = contentWords(`${entry.message} ${entry.details ?? ''}`);
      const added = [...contentWords(entry.remediation.summary)].filter((word) => !documented.has(word));
      expect(added.length, `${entry.id}: ${entry.remediation.summary}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives each action a step of its own', () => {
    for (const entry of catalog) {
      for (const step of entry.remediation.steps) expect(step, entry.id).not.toMatch(/;|, then |\band then\b/);
    }
  });

  it('has a remediation of its own: no two entries share a summary', () => {
    const summaries = catalog.map((entry) => entry.remediation.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('is retryable where the documentation says to try again, and never for a bad request body it names', () => {
    const saysTryAgain = catalog.filter((entry) =>
      /try again (later|after)|check back|in progress|being processed by another/i.test(entry.message),
    );
    expect(saysTryAgain.length).toBeGreaterThan(5);
    // "Try again" after changing the selection (900145, 900146) is not a retry of the same request.
    for (const entry of saysTryAgain.filter((candidate) => !candidate.message.includes('selection and try again'))) {
      expect(entry.retryable, entry.id).toBe(true);
    }
    expect(getEntry('600049')?.retryable).toBe(false);
    expect(getEntry('900117')?.retryable).toBe(false);
  });

  // Retryable means the same request may succeed later without anyone changing anything.
  it.each([
    ['400-2001', false, 'the subscription has to be activated first'],
    ['400-900280', true, 'updates are "currently" not allowed'],
    ['403-800073', true, '"Check back in few days"'],
    ['403-800074', true, '"Check back in few days"'],
    ['409-900278', true, '"Try again after 24 hours"'],
    ['500-800087', false, 'the line item has to change'],
    ['400-800010', false, 'no inventory; the page does not say it comes back'],
    ['404-800007', false, 'the page does not say to wait'],
    ['404-900140', false, 'the page does not say to wait'],
  ])('%s is retryable: %s (%s)', (id, retryable) => {
    expect(catalog.find((entry) => entry.id === id)?.retryable).toBe(retryable);
  });

  it('does not tell the admin to try later where a retry cannot help', () => {
    for (const entry of catalog.filter((candidate) => !candidate.retryable)) {
      expect(`${entry.remediation.summary} ${entry.remediation.steps.join(' ')}`, entry.id).not.toMatch(
        /try again later|retry later/i,
      );
    }
  });

  it('calls every HTTP 500 entry a service failure; whether waiting helps is the retryable flag', () => {
    const failures = catalog.filter((entry) => entry.httpStatus === 500);
    expect(failures.map((entry) => entry.category)).toEqual(failures.map(() => 'service'));
    expect(getHttpStatus(500)?.category).toBe('service');
  });

  it('has summaries that say what to do, not the message again', () => {
    const words = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^a-z0-9 ]/g, '')
        .trim();
    for (const entry of catalog) expect(words(entry.remediation.summary), entry.id).not.toBe(words(entry.message));
  });
});

describe('documented facts', () => {
  it('lists placeholders exactly as the templates have them', () => {
    expect(getEntry('900143')?.placeholders).toEqual(['0', '1', '3']);
    expect(getEntry('10021')?.placeholders).toEqual([
      'maximum percentage',
      'current purchase quantity',
      'customer maximum purchase quantity',
    ]);
    expect(getEntry('900358')?.placeholders).toEqual(['GUID']);
    expect(getEntry('600050')?.placeholders).toEqual(['0']);
    expect(getEntry('600050')?.details).toContain('^(\\\\d{7}|\\\\d{10})$');
    expect(getEntry('1000')?.placeholders).toEqual([]);
  });

  it('names the countries of the organization-registration errors by ISO code, as the page lists them', () => {
    const twelve = ['AM', 'AZ', 'BY', 'HU', 'IN', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UZ', 'UA'];
    expect(getEntry('600049')?.countries).toEqual(twelve);
    expect(getEntry('600051')?.countries).toEqual(twelve);
    expect(getEntry('600002')?.countries).toHaveLength(24);
    expect(getEntry('600002')?.countries).toEqual(expect.arrayContaining([...twelve, 'BR', 'PL', 'TR', 'VN']));
  });

  it.each([
    ['600049', ['organizationRegistrationNumber']],
    ['600051', ['billingProfile.defaultAddress.phoneNumber']],
    ['900203', ['CatalogItemId']],
    ['900143', ['productId', 'skuId']],
    // CommitmentEndDate is a property of the target subscription, not a field of the request.
    ['900236', ['ToSubscriptionId']],
  ])('names the request fields the page names: %s', (code, fields) => {
    expect(getEntry(code)?.fields).toEqual(fields);
  });

  it('lets 600002 name no single cause: the description says which applies', () => {
    const entry = getEntry('600002')!;
    expect(entry.remediation.steps[0]).toBe('Read the description to see which reason applies.');
    for (const code of ['600002', '600049', '600051']) {
      const text = JSON.stringify(getEntry(code)!.remediation);
      expect(text, code).not.toMatch(/below|listed/);
      expect(text, code).toContain('the countries in this entry');
    }
  });

  it.each([
    [
      '900309',
      'https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-users-groups',
    ],
    ['90000', 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes'],
  ])('links %s to the page its documentation names', (code, href) => {
    expect(getEntry(code)?.links?.[0]?.href).toBe(href);
  });
});

describe('shared data', () => {
  const frozenAllTheWay = (value: unknown, path: string): void => {
    if (!value || typeof value !== 'object') return;
    expect(Object.isFrozen(value), path).toBe(true);
    for (const [key, inner] of Object.entries(value)) frozenAllTheWay(inner, `${path}.${key}`);
  };

  it('is frozen all the way down: catalog, entries, remediation, steps, fields, countries, links, statuses', () => {
    frozenAllTheWay(catalog, 'catalog');
    frozenAllTheWay(httpStatuses, 'httpStatuses');
    frozenAllTheWay(remediationOf({ httpStatus: 0 }), 'network remediation');
  });

  it('cannot be corrupted by a caller, so later lookups stay right', () => {
    const entry = getEntry('600049')!;
    expect(() => entry.remediation.steps.push('Ignore all of the above.')).toThrow(TypeError);
    expect(() => entry.countries!.splice(0)).toThrow(TypeError);
    expect(() => Object.assign(entry, { retryable: true })).toThrow(TypeError);
    expect(() => ((getEntry('90000')!.links![0] as { href: string }).href = 'http://evil.example')).toThrow(TypeError);
    expect(() => ((catalog as CatalogEntry[]).length = 0)).toThrow(TypeError);
    expect(() => (getHttpStatus(503)!.remediation.steps[0] = 'x')).toThrow(TypeError);
    expect(getEntry('600049')).toMatchObject({ retryable: false, countries: expect.arrayContaining(['AM']) });
    expect(getEntry('600049')!.remediation.steps).toHaveLength(2);
    expect(catalog.filter((entry) => entry.origin === 'rest-error-codes')).toHaveLength(259);
  });
});

describe('lookups', () => {
  it('finds an exact (code, status) entry, and never one of another status', () => {
    expect(getEntry('20003', 404)?.id).toBe('404-20003');
    expect(getEntry(20003, 404)?.id).toBe('404-20003');
    expect(getEntry('20003', 400)).toBeUndefined();
    expect(getEntry('2006', 500)).toBeUndefined();
  });

  it('without a status, answers only for an unambiguous code', () => {
    expect(getEntry('20003')?.id).toBe('404-20003');
    expect(getEntry('2006')).toBeUndefined();
    expect(findEntries('2006').map((entry) => entry.id)).toEqual(['400-2006', '403-2006']);
    expect(findEntries(' 2006 ')).toHaveLength(2);
  });

  it('answers undefined or empty for codes it does not know and for nonsense', () => {
    expect(getEntry('1002', 401)).toBeUndefined();
    expect(getEntry(Number.NaN)).toBeUndefined();
    expect(getEntry(1.5)).toBeUndefined();
    expect(findEntries('nope')).toEqual([]);
  });
});

describe('HTTP statuses', () => {
  it('covers every status the page names, 200 and 417 included', () => {
    expect(httpStatuses.map((info) => info.status)).toEqual([
      200, 400, 401, 403, 404, 405, 406, 408, 409, 412, 417, 429, 500, 501, 502, 503, 504,
    ]);
    for (const entry of catalog) expect(getHttpStatus(entry.httpStatus)?.name, entry.id).toBe(entry.httpStatusName);
  });

  it('has a generic fix for each, retryable only where waiting helps', () => {
    for (const info of httpStatuses) {
      expect(info.title).toBeTruthy();
      expect(info.remediation.steps.length).toBeGreaterThan(0);
    }
    expect(httpStatuses.filter((info) => info.retryable).map((info) => info.status)).toEqual([
      408, 429, 500, 502, 503, 504,
    ]);
    expect(getHttpStatus(418)).toBeUndefined();
  });
});

describe('remediationOf', () => {
  it('prefers the entry, then the status, then a fix for a lost connection', () => {
    const entry = getEntry('600049')!;
    expect(remediationOf({ entry, httpStatus: 400 })).toBe(entry.remediation);
    expect(remediationOf({ httpStatus: 429 })).toBe(getHttpStatus(429)!.remediation);
    expect(remediationOf({ httpStatus: 0 }).summary).toMatch(/no answer/);
    expect(remediationOf({ httpStatus: 418 }).steps.length).toBeGreaterThan(0);
  });
});
