/** A customer of the partner, as `GET /customers` returns it (trimmed to what the demo reads). */
export interface Customer {
  id: string;
  companyProfile: { tenantId: string; domain: string; companyName: string };
  billingProfile: { defaultAddress: { country: string; city: string } };
  relationshipToPartner: 'reseller';
  attributes: { objectType: 'Customer' };
}

export interface Subscription {
  id: string;
  offerId: string;
  offerName: string;
  quantity: number;
  unitType: 'Licenses';
  status: 'active' | 'suspended';
  billingCycle: 'monthly' | 'annual';
  termDuration: 'P1M' | 'P1Y';
  autoRenewEnabled: boolean;
  commitmentEndDate: string;
  orderId: string;
  attributes: { etag: string; objectType: 'Subscription' };
}

export interface CartLineItem {
  id: number;
  catalogItemId: string;
  quantity: number;
  billingCycle: string;
  termDuration?: string;
}

export interface Cart {
  id: string;
  lineItems: CartLineItem[];
  status: 'Active' | 'Ordered';
  creationTimestamp: string;
  expirationTimestamp: string;
}

export interface Order {
  id: string;
  referenceCustomerId: string;
  billingCycle: string;
  lineItems: { lineItemNumber: number; offerId: string; quantity: number }[];
  status: 'completed' | 'pending';
  creationDate: string;
  currencyCode: string;
}

export interface Transfer {
  id: string;
  customerTenantId: string;
  sourcePartnerTenantId: string;
  sourcePartnerDomain: string;
  transferType: string;
  status: 'Active' | 'Complete';
  createdTime: string;
}

export interface Migration {
  id: string;
  currentSubscriptionId: string;
  status: 'Processing' | 'Completed';
  startedTime: string;
  termDuration: string;
  billingCycle: string;
}

/** `{ totalCount, items }`, the collection shape Partner Center lists use. */
export interface Collection<T> {
  totalCount: number;
  items: T[];
  attributes: { objectType: 'Collection' };
}
