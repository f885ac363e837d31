// What the catalog tells a partner admin to do: the corrections a review of real traffic asked for, and the
// classes of advice behind them (GDAP, New Commerce billing, waits of hours or days, verified links).
import { describe, expect, it } from 'vitest';
import { type CatalogEntry, catalog, getEntry, getHttpStatus } from '../src';

const entry = (id: string): CatalogEntry => {
  const found = catalog.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const advice = (e: CatalogEntry) => `${e.remediation.summary}\n${e.remediation.steps.join('\n')}`;
const gdapLinks = (e: CatalogEntry) =>
  (e.links ?? []).filter((link) => link.href.startsWith('https://learn.microsoft.com/en-us/partner-center/gdap-'));

// Every page a link points to, each checked on Microsoft Learn (or, for the error lookup, named by it).
const VERIFIED = new Set([
  'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
  'https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-users-groups',
  'https://learn.microsoft.com/en-us/partner-center/gdap-introduction',
  'https://learn.microsoft.com/en-us/partner-center/gdap-least-privileged-roles-by-task',
  'https://learn.microsoft.com/en-us/partner-center/gdap-assign-azure-ad-roles',
  'https://learn.microsoft.com/en-us/partner-center/customers/subscription-lifecycle',
  'https://learn.microsoft.com/en-us/partner-center/developer/update-customer-qualification-asynchronous',
  'https://learn.microsoft.com/en-us/partner-center/developer/register-a-subscription',
  'https://learn.microsoft.com/en-us/partner-center/developer/control-panel-vendor-apis',
  'https://learn.microsoft.com/en-us/partner-center/developer/update-subscription-overage',
  'https://learn.microsoft.com/en-us/partner-center/developer/cancel-an-azure-marketplace-subscription',
  'https://learn.microsoft.com/en-us/partner-center/developer/create-a-transfer',
]);

describe('links', () => {
  it('point only to pages that were checked, over https, each once per entry', () => {
    for (const e of catalog) {
      const hrefs = (e.links ?? []).map((link) => link.href);
      expect(new Set(hrefs).size, e.id).toBe(hrefs.length);
      for (const href of hrefs) {
        expect(href, e.id).toMatch(/^https:\/\//);
        expect(VERIFIED.has(href) || /^https:\/\/login\.microsoftonline\.com\/error\?code=\d+$/.test(href), href).toBe(
          true,
        );
      }
    }
  });
});

describe('customer-scoped access errors', () => {
  // 403s whose cause is access to the customer's tenant. Not these: 800043 (prices) and 900367 (transfers) are about
  // your own account, 20002 about the reseller relationship, 900309 about a Conditional Access policy, 800114 about
  // overage, whose API also takes app-only credentials (no user, so no GDAP group).
  const customerScoped = ['403-2032', '403-90000', '403-900150', '403-900308'];

  it.each(customerScoped)('%s walks the GDAP path, with links to the GDAP pages', (id) => {
    const text = advice(entry(id));
    expect(text).toContain('GDAP relationship');
    expect(text).toMatch(/active/);
    expect(text).toMatch(/expired/);
    expect(text).toContain('security group');
    expect(text).toContain('Microsoft Entra role');
    expect(gdapLinks(entry(id)).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves no other authorization 403 without the GDAP path, except the partner-level ones', () => {
    const partnerLevel = ['403-800043', '403-900367', '403-20002', '403-900309', '403-800114'];
    const authorization403 = catalog.filter((e) => e.httpStatus === 403 && e.category === 'authorization');
    for (const e of authorization403.filter((candidate) => !partnerLevel.includes(candidate.id))) {
      expect(customerScoped, e.id).toContain(e.id);
    }
  });

  it('explains GDAP in the fallback of a 403 the catalog does not know', () => {
    const text = JSON.stringify(getHttpStatus(403)?.remediation);
    expect(text).toContain('GDAP relationship');
    expect(text).toContain('security group');
    expect(text).not.toMatch(/global admin of your partner tenant/);
  });

  it('sends overage (800114) to its own conditions, not to GDAP', () => {
    const text = advice(entry('403-800114'));
    expect(text).toContain('azureEntitlementId');
    expect(text).toContain('Admin agent');
    expect(gdapLinks(entry('403-800114'))).toHaveLength(0);
  });

  it("doesn't confuse the reseller relationship of 20002 with GDAP access", () => {
    expect(advice(entry('403-20002'))).toMatch(/GDAP doesn't change that/);
  });
});

describe('New Commerce billing', () => {
  it('never offers suspension as a way to stop paying', () => {
    for (const e of catalog) {
      for (const line of advice(e)
        .split('\n')
        .filter((text) => /\bsuspend(ing)? (it|the subscription)\b/i.test(text))) {
        expect(line, e.id).toMatch(/billed/);
      }
    }
  });

  it.each(['400-900117', '400-900213', '400-800061'])('%s says the purchase stays billed and how to end it', (id) => {
    const text = advice(entry(id));
    expect(text).toMatch(/billed until its term ends/);
    expect(text).toMatch(/turn off auto-renew/i);
    expect(text).toMatch(/suspended new commerce subscription is still billed/);
  });

  it('warns that testing 900322 in production is a real, billed purchase', () => {
    expect(advice(entry('403-900322'))).toMatch(/real, billed purchase/);
    expect(advice(entry('403-900322'))).toMatch(/cancellation window/);
  });

  it('cancels 800019 and 800063 on the subscription, within the window, with auto-renew after it', () => {
    for (const id of ['403-800019', '400-800063']) {
      expect(advice(entry(id)), id).toMatch(/cancellation window/);
      expect(advice(entry(id)), id).toMatch(/auto-renew/);
    }
  });
});

describe('steps that cost money or resources', () => {
  const steps = catalog.flatMap((e) => e.remediation.steps.map((step) => [e.id, step] as const));

  it('names the cost of every purchase of seats or a subscription: a new paid term, cancellable only in 7 days', () => {
    const buying = steps.filter(([, step]) =>
      /\bbuy (another|a new|a second|a separate|a replacement|them)\b|(on|as) a new purchase|add prerequisite licenses/i.test(
        step,
      ),
    );
    expect(buying.length).toBeGreaterThan(10);
    for (const [id, step] of buying) expect(step, id).toMatch(/paid/);
    for (const [id, step] of buying.filter(([, step]) => /subscription|new purchase|them as/i.test(step))) {
      expect(step, id).toContain('a new paid term, cancellable only in its first 7 days');
    }
  });

  it("cancels Azure subscriptions and reservations only with the customer's agreement", () => {
    const cancelling = steps.filter(([, step]) => /(cancel|disable) (them|the Azure|one|unused)\b/i.test(step));
    expect(cancelling.map(([id]) => id)).toEqual(expect.arrayContaining(['403-800068', '403-900105', '400-900145']));
    for (const [id, step] of cancelling) expect(step, id).toContain("customer's agreement");
  });
});

describe('twins', () => {
  it.each([
    ['403-800023', '403-900121', '400-800025'],
    ['200-10015', '403-800088'],
  ])('%s and its twins give the same fix in the same words', (first, ...twins) => {
    const last = (id: string) => entry(id).remediation.steps.at(-1);
    for (const twin of twins) expect(last(twin), twin).toBe(last(first));
    expect(last('403-800023')).toContain('ucmwrcsp@microsoft.com');
  });
});

describe('causes the review could not verify', () => {
  it.each([
    ['400-2012', /Azure/],
    ['400-4018', /nothing was ordered/],
    ['400-900136', /found by email/],
    ['403-800039', /renew/],
    ['200-10000', /leave it out/],
    ['200-10003', /scope/],
    ['200-400072', /rest succeeded/],
    ['400-600095', /numbers/],
  ])('%s no longer states them', (id, claim) => {
    expect(advice(entry(id))).not.toMatch(claim);
  });
});

describe('the fix names the call and field', () => {
  it.each([
    ['400-900136', ['sourcePartnerTenantId', 'sourcePartnerName', 'customerEmailId']],
    ['400-800063', ['status']],
    ['403-800019', ['status']],
    ['200-10000', ['currencyCode']],
    ['200-10004', ['participants']],
  ])('%s sets fields %j', (id, fields) => {
    expect(entry(id).fields).toEqual(fields);
  });

  it('cancels new commerce on the subscription with status "deleted", inside 7 days', () => {
    for (const id of ['403-800019', '400-800063', '400-800096'])
      expect(advice(entry(id)), id).toMatch(/7 days.*"deleted"/);
  });

  it('checks an indirect reseller by its PLA ID, relationship and Microsoft Partner Agreement', () => {
    expect(advice(entry('404-800015'))).toMatch(/location PartnerID \(PLA\)/);
    const reseller = advice(entry('400-800016'));
    for (const part of ['IsIndirectCloudSolutionProviderOf', '/agreementstatus', '/validateresellers'])
      expect(reseller).toContain(part);
  });

  it("sends 2012 to Microsoft Graph's commerceSubscriptionId and 90099 to the consent call's GDAP role", () => {
    expect(advice(entry('400-2012'))).toContain('commerceSubscriptionId');
    expect(advice(entry('400-AADSTS90099'))).toMatch(/AdminAgents.*Cloud Application Administrator/);
  });

  it('gives the integration sandbox limits as Microsoft documents them', () => {
    expect(entry('200-10009').remediation.summary).toMatch(/75 customers, 5 subscriptions each, 25 licenses/);
  });
});

describe('waits of hours or more', () => {
  it.each([
    ['403-800073', /few days/],
    ['403-800074', /few days/],
    ['403-900130', /hours or more/i],
    ['403-900226', /month/],
    ['409-900278', /24 hours/],
  ])('%s is retryable with a hint in words instead of a countdown', (id, wait) => {
    expect(entry(id).retryable).toBe(true);
    expect(entry(id).retryAfterHint).toMatch(wait);
  });

  it('puts hints only on retryable entries, and never on those retried within minutes', () => {
    for (const e of catalog.filter((candidate) => candidate.retryAfterHint)) expect(e.retryable, e.id).toBe(true);
    expect(entry('409-800060').retryAfterHint).toBeUndefined();
    expect(entry('500-800003').retryAfterHint).toBeUndefined();
  });

  it('retries after a business answer with a new MS-RequestId, as the REST headers require', () => {
    for (const id of ['409-800060', '409-800064', '409-800082', '403-800074', '409-900278']) {
      expect(advice(entry(id)), id).toContain('new MS-RequestId');
      expect(advice(entry(id)), id).not.toContain('same MS-RequestId');
    }
  });
});

describe('the corrections the review named', () => {
  it('800089 invents no reset: the limit is what the description gives, and existing subscriptions use it up', () => {
    const text = advice(entry('403-800089'));
    expect(text).not.toMatch(/next term|resets/i);
    expect(text).toMatch(/description gives/);
  });

  it('600002 and 90000 take their title from the server, their message staying as documented', () => {
    expect(entry('400-600002').titleFromDescription).toBe(true);
    expect(entry('403-90000').titleFromDescription).toBe(true);
    expect(catalog.filter((e) => e.titleFromDescription).map((e) => e.id)).toEqual(['403-90000', '400-600002']);
  });

  it('800086 names the customer qualifications and who can set them', () => {
    const text = advice(entry('400-800086'));
    for (const word of ['Education', 'Government Community Cloud', 'State Owned Entity', 'Nonprofit']) {
      expect(text).toContain(word);
    }
    expect(text).toMatch(/Nonprofit can't be set by partners/);
    expect(entry('400-800086').actor).toBe('partner');
  });

  it('names the partner where the partner acts: 900105, 800115, 900314, 13605', () => {
    for (const id of ['403-900105', '403-800115', '400-900314', '403-13605'])
      expect(entry(id).actor, id).toBe('partner');
    expect(advice(entry('403-13605'))).toContain('POST /v1/customers/{customer-id}/agreements');
  });

  it("600050's example regular expression has single backslashes, as a developer would type it", () => {
    expect(advice(entry('400-600050'))).toContain('^(\\d{7}|\\d{10})$');
    expect(advice(entry('400-600050'))).not.toContain('\\\\d');
  });

  it('reads 10021 and 400072 as failed line items inside a successful response', () => {
    for (const id of ['200-10021', '200-400072']) {
      expect(entry(id).severity, id).toBe('error');
      expect(entry(id).remediation.summary, id).toMatch(/^The line item wasn't bought/);
    }
    expect(advice(entry('200-400072'))).toContain('Azure plan');
  });

  it('keeps 2001 not retryable and its step order: activate, then change', () => {
    expect(getEntry('2001')?.remediation.steps.at(-1)).toBe('Then change the quantity.');
  });
});

describe('cart line-item entries', () => {
  const cart = catalog.filter((e) => e.origin === 'cart');

  it('are the CartErrorCode values of the cart resources, each keyed under 200 by its number', () => {
    expect(cart.map((e) => [e.code, e.name])).toEqual([
      ['10000', 'CurrencyIsNotSupported'],
      ['10001', 'CatalogItemIdIsNotValid'],
      ['10002', 'QuotaNotAvailable'],
      ['10003', 'InventoryNotAvailable'],
      ['10004', 'ParticipantsIsNotSupportedForPartner'],
      ['10006', 'UnableToProcessCartLineItem'],
      ['10007', 'SubscriptionIsNotValid'],
      ['10008', 'SubscriptionIsNotEnabledForRI'],
      ['10009', 'SandboxLimitExceeded'],
      ['10010', 'InvalidInput'],
      ['10011', 'SubscriptionNotRegistered'],
      ['10012', 'AttestationNotAccepted'],
      ['10015', 'MaxAllowedSeatsPerSubscriptionExceeded'],
    ]);
    for (const e of cart) {
      expect(e.id).toBe(`200-${e.code}`);
      expect(e.severity, e.id).toBe('error');
    }
  });

  it('point seat and quota limits to the quantity the error says is left', () => {
    for (const id of ['200-10002', '200-10015']) expect(advice(entry(id)), id).toContain('availableQuantity');
  });
});

describe('identity entries', () => {
  const identity = catalog.filter((e) => e.origin === 'identity');

  it('cover at least 15 AADSTS codes, category authentication, each with its own fix and lookup link', () => {
    expect(identity.length).toBeGreaterThanOrEqual(15);
    for (const e of identity) {
      expect(e.code).toMatch(/^AADSTS\d+$/);
      expect(e.category).toBe('authentication');
      expect(e.links?.[0]?.href).toBe(`https://login.microsoftonline.com/error?code=${e.code.slice(6)}`);
    }
    const fixes = identity.map((e) => e.remediation.steps.join(' '));
    expect(new Set(fixes).size).toBe(fixes.length);
  });

  it.each([
    ['AADSTS50076', /multifactor/],
    ['AADSTS50079', /multifactor|security info/],
    ['AADSTS65001', /consent/],
    ['AADSTS700082', /refresh token/],
    ['AADSTS50173', /revoked/],
    ['AADSTS700084', /browser/],
    ['AADSTS7000215', /secret/],
    ['AADSTS7000222', /expired|new client secret/],
    ['AADSTS700016', /client ID/],
    ['AADSTS90002', /tenant ID/],
    ['AADSTS53003', /Conditional Access/],
    ['AADSTS50020', /GDAP/],
    ['AADSTS50055', /password/],
    ['AADSTS50053', /locked|blocked/],
    ['AADSTS70043', /sign-in frequency/],
    ['AADSTS90099', /applicationconsents/],
  ])('%s tells the partner what to do about it', (code, topic) => {
    expect(advice(entry(`400-${code}`))).toMatch(topic);
  });
});
