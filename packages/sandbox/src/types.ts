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
  billingCycle: BillingCycle;
  termDuration: TermDuration;
  autoRenewEnabled: boolean;
  commitmentEndDate: string;
  orderId: string;
  attributes: { etag: string; objectType: 'Subscription' };
}

export type BillingCycle = 'monthly' | 'annual';
export type TermDuration = 'P1M' | 'P1Y';

export interface CartLineItem {
  id: number;
  catalogItemId: string;
  quantity: number;
  billingCycle: BillingCycle;
  termDuration: TermDuration;
  /** The items of one order group are ordered together: one order per billing cycle. */
  orderGroup: string;
  /** Set when the service accepted the cart but cannot sell this item (the cart is still created, 201). */
  error?: CartError;
}

/** A line item's error: a `CartErrorCode` (10003 InventoryNotAvailable, …) and the service's words. */
export interface CartError {
  errorCode: number;
  errorDescription: string;
}

/** A failed order group of a checkout: a code of the error page or a cart code, and the service's words. */
export interface OrderError {
  orderGroupId: string;
  code: number;
  description: string;
}

/** What checkout answers (201): the orders placed, and the order groups that failed. */
export interface CartCheckoutResult {
  orders: Order[];
  orderErrors: OrderError[];
}

export interface Cart {
  id: string;
  lineItems: CartLineItem[];
  status: 'Active' | 'Ordered';
  creationTimestamp: string;
  expirationTimestamp: string;
}

export interface OrderLineItem {
  lineItemNumber: number;
  offerId: string;
  subscriptionId: string;
  quantity: number;
}

/** An order; update-Order (`PATCH …/orders/{id}`) changes its `billingCycle` for the subscriptions its `lineItems` name. */
export interface Order {
  id: string;
  referenceCustomerId: string;
  billingCycle: BillingCycle;
  lineItems: OrderLineItem[];
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

/** A New-Commerce migration: `Processing` until the service has moved the subscription, then `Completed`. */
export interface Migration {
  id: string;
  currentSubscriptionId: string;
  status: 'Processing' | 'Completed';
  startedTime: string;
  completedTime?: string;
  /** The New-Commerce subscription, once the migration has completed. */
  newCommerceSubscriptionId?: string;
  termDuration: TermDuration;
  billingCycle: BillingCycle;
}

/** `{ totalCount, items }`, the collection shape Partner Center lists use. */
export interface Collection<T> {
  totalCount: number;
  items: T[];
  attributes: { objectType: 'Collection' };
}
