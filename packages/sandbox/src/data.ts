import type { Customer, Order, Subscription } from './types';

const COMPANIES: [string, string, string, string][] = [
  ['Contoso Pharmaceuticals', 'contosopharma.onmicrosoft.com', 'US', 'Seattle'],
  ['Fabrikam Logistics', 'fabrikamlogistics.onmicrosoft.com', 'DE', 'Hamburg'],
  ['Northwind Traders', 'northwindtraders.onmicrosoft.com', 'GB', 'Leeds'],
  ['Tailspin Toys', 'tailspintoys.onmicrosoft.com', 'IN', 'Pune'],
  ['Wide World Importers', 'wideworldimporters.onmicrosoft.com', 'PL', 'Kraków'],
];

/** The offers the sandbox sells: offer ID (product:SKU) and name. The Azure plan has no annual billing and no migration path. */
export const OFFERS: [string, string][] = [
  ['CFQ7TTC0LH18:0001', 'Microsoft 365 Business Basic'],
  ['CFQ7TTC0LDPB:0001', 'Microsoft 365 E3'],
  ['CFQ7TTC0LHSF:0001', 'Microsoft Teams Essentials'],
  ['DZH318Z0BPS6:0001', 'Azure plan'],
];
export const isAzurePlan = (offerId: string) => offerId.startsWith('DZH318Z0BPS6');

/**
 * The sandbox's inventory rule: offers it cannot sell in some customers' markets. Such a line item is accepted into
 * the cart with an `error` (10003, InventoryNotAvailable) and is not ordered at checkout.
 */
export const UNAVAILABLE_IN: [offerId: string, countries: string[]][] = [['CFQ7TTC0LHSF:0001', ['IN']]];

/** The order a subscription was bought with: one line item, the subscription's billing cycle. */
export function orderOf(subscription: Subscription, customerId: string, creationDate: string): Order {
  return {
    id: subscription.orderId,
    referenceCustomerId: customerId,
    billingCycle: subscription.billingCycle,
    lineItems: [
      {
        lineItemNumber: 0,
        offerId: subscription.offerId,
        subscriptionId: subscription.id,
        quantity: subscription.quantity,
      },
    ],
    status: 'completed',
    creationDate,
    currencyCode: 'USD',
  };
}

/** The sandbox's starting state: five customers, each with two to four subscriptions and the orders that bought them. */
export function seed(guid: () => string) {
  const customers: Customer[] = COMPANIES.map(([companyName, domain, country, city]) => ({
    id: guid(),
    companyProfile: { tenantId: '', domain, companyName },
    billingProfile: { defaultAddress: { country, city } },
    relationshipToPartner: 'reseller' as const,
    attributes: { objectType: 'Customer' as const },
  }));
  for (const customer of customers) customer.companyProfile.tenantId = customer.id;
  const subscriptions = new Map<string, Subscription[]>();
  const orders = new Map<string, Order[]>();
  customers.forEach((customer, index) => {
    const count = 2 + (index % 3);
    const owned = OFFERS.slice(0, count).map(([offerId, offerName], offer): Subscription => {
      // Every other seat-based offer is on an annual term, billed annually; the Azure plan is billed monthly for usage.
      const annual = offer % 2 === 1 && !isAzurePlan(offerId);
      return {
        id: guid(),
        offerId,
        offerName,
        quantity: isAzurePlan(offerId) ? 1 : 5 * (offer + 1) + index,
        unitType: 'Licenses',
        status: index === 3 && offer === 1 ? 'suspended' : 'active',
        billingCycle: annual ? 'annual' : 'monthly',
        termDuration: annual ? 'P1Y' : 'P1M',
        autoRenewEnabled: true,
        commitmentEndDate: `2027-0${(offer % 9) + 1}-15T00:00:00Z`,
        orderId: guid(),
        attributes: { etag: guid(), objectType: 'Subscription' },
      };
    });
    subscriptions.set(customer.id, owned);
    orders.set(
      customer.id,
      owned.map((subscription, offer) => orderOf(subscription, customer.id, `2026-0${(offer % 9) + 1}-15T00:00:00Z`)),
    );
  });
  return { customers, subscriptions, orders };
}
