import type { Customer, Subscription } from './types';

const COMPANIES: [string, string, string, string][] = [
  ['Contoso Pharmaceuticals', 'contosopharma.onmicrosoft.com', 'US', 'Seattle'],
  ['Fabrikam Logistics', 'fabrikamlogistics.onmicrosoft.com', 'DE', 'Hamburg'],
  ['Northwind Traders', 'northwindtraders.onmicrosoft.com', 'GB', 'Leeds'],
  ['Tailspin Toys', 'tailspintoys.onmicrosoft.com', 'IN', 'Pune'],
  ['Wide World Importers', 'wideworldimporters.onmicrosoft.com', 'PL', 'Kraków'],
];
const OFFERS: [string, string][] = [
  ['CFQ7TTC0LH18:0001', 'Microsoft 365 Business Basic'],
  ['CFQ7TTC0LDPB:0001', 'Microsoft 365 E3'],
  ['CFQ7TTC0LHSF:0001', 'Microsoft Teams Essentials'],
  ['DZH318Z0BPS6:0001', 'Azure plan'],
];

/** The sandbox's starting state: five customers, each with two to four subscriptions. */
export function seed(guid: () => string): { customers: Customer[]; subscriptions: Map<string, Subscription[]> } {
  const customers = COMPANIES.map(([companyName, domain, country, city]) => ({
    id: guid(),
    companyProfile: { tenantId: '', domain, companyName },
    billingProfile: { defaultAddress: { country, city } },
    relationshipToPartner: 'reseller' as const,
    attributes: { objectType: 'Customer' as const },
  }));
  for (const customer of customers) customer.companyProfile.tenantId = customer.id;
  const subscriptions = new Map<string, Subscription[]>();
  customers.forEach((customer, index) => {
    const count = 2 + (index % 3);
    subscriptions.set(
      customer.id,
      OFFERS.slice(0, count).map(([offerId, offerName], offer) => ({
        id: guid(),
        offerId,
        offerName,
        quantity: offerId.startsWith('DZH') ? 1 : 5 * (offer + 1) + index,
        unitType: 'Licenses' as const,
        status: index === 3 && offer === 1 ? ('suspended' as const) : ('active' as const),
        billingCycle: offer % 2 ? ('annual' as const) : ('monthly' as const),
        termDuration: offer % 2 ? ('P1Y' as const) : ('P1M' as const),
        autoRenewEnabled: true,
        commitmentEndDate: `2027-0${(offer % 9) + 1}-15T00:00:00Z`,
        orderId: guid(),
        attributes: { etag: guid(), objectType: 'Subscription' as const },
      })),
    );
  });
  return { customers, subscriptions };
}
