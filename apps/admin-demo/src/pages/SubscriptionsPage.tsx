import { useCallback, useEffect, useState } from 'react';
import type { Collection, Customer, Order, Subscription } from '../api/types';
import { useCall } from '../api/useCall';
import { CallFeedback } from '../components/CallFeedback';
import { href, type Route } from '../router';
import { SubscriptionRow, type SubscriptionActions } from './SubscriptionRow';
import { describeMigration, useMigration } from './useMigration';

export function SubscriptionsPage({ route }: { route: Route }) {
  const customers = useCall<Collection<Customer>>();
  const subscriptions = useCall<Collection<Subscription>>();
  const update = useCall<Subscription | Order>();
  const migration = useMigration();
  const [message, setMessage] = useState('');
  const customerId = route.params.get('customer') ?? '';
  const customer = customers.data?.items.find((candidate) => candidate.id === customerId);
  const base = `/customers/${customerId}`;
  const { run: runCustomers } = customers;
  const { run: runSubscriptions } = subscriptions;
  const load = useCallback(() => {
    if (customerId) void runSubscriptions({ method: 'GET', path: `/customers/${customerId}/subscriptions` });
  }, [customerId, runSubscriptions]);
  useEffect(() => void runCustomers({ method: 'GET', path: '/customers' }), [runCustomers]);
  useEffect(load, [load]);

  // Every change reads the list again afterwards (a retried change too), keeping the rows, and focus, where they are.
  const actions: SubscriptionActions = {
    changeSeats: (subscription, quantity) => {
      setMessage(`Seats of ${subscription.offerName} changed to ${quantity}.`);
      void update.run({ method: 'PATCH', path: `${base}/subscriptions/${subscription.id}`, body: { quantity } }, load);
    },
    toggleStatus: (subscription) => {
      const status = subscription.status === 'suspended' ? 'active' : 'suspended';
      setMessage(`${subscription.offerName} ${status === 'active' ? 'activated' : 'suspended'}.`);
      void update.run({ method: 'PATCH', path: `${base}/subscriptions/${subscription.id}`, body: { status } }, load);
    },
    changeBillingCycle: (subscription, billingCycle) => {
      setMessage(`Billing cycle of ${subscription.offerName} changed to ${billingCycle}.`);
      // update-subscription refuses this (2054): it is update-Order, on the line item of the order that bought the subscription.
      void update.run({ method: 'GET', path: `${base}/orders/${subscription.orderId}` }, (data) => {
        const order = data as Order;
        const lineItems = order.lineItems.filter((line) => line.subscriptionId === subscription.id);
        return update.run(
          { method: 'PATCH', path: `${base}/orders/${order.id}`, body: { billingCycle, lineItems } },
          load,
        );
      });
    },
    migrate: (subscription) => migration.start(customerId, subscription),
  };
  const migrating = migration.target;
  // With no customer chosen, the last customer's list is not this page's.
  const rows = customerId ? subscriptions.data?.items : undefined;

  return (
    <>
      <nav aria-label="Customers">
        <p>Choose a customer:</p>
        <ul className="demo-inline-list">
          {customers.data?.items.map((candidate) => (
            <li key={candidate.id}>
              <a
                href={href('subscriptions', { customer: candidate.id })}
                aria-current={candidate.id === customerId ? 'page' : undefined}
              >
                {candidate.companyProfile.companyName}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <CallFeedback call={customers} pending="Loading customers…" />
      {/* Reading the list again after a change is not news: only the first load says so. */}
      <CallFeedback call={subscriptions} pending={subscriptions.data ? '' : 'Loading subscriptions…'} />
      {rows && (
        <table className="demo-table">
          <caption>Subscriptions of {customer?.companyProfile.companyName ?? 'the customer'}</caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">Status</th>
              <th scope="col">Seats</th>
              <th scope="col">Billing cycle</th>
              <th scope="col">Suspend or activate</th>
              <th scope="col">New Commerce</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((subscription) => (
              <SubscriptionRow key={subscription.id} subscription={subscription} actions={actions} />
            ))}
          </tbody>
        </table>
      )}
      <CallFeedback call={update} pending="Saving…" success={() => message} />
      {/* Always rendered: a live region that appears with its text already in it is often not announced. */}
      <CallFeedback
        call={migration.call}
        pending={
          migrating?.migration
            ? describeMigration(migrating.offerName, migrating.migration)
            : `Starting the migration of ${migrating?.offerName ?? 'the subscription'}…`
        }
        success={(data) => describeMigration(migrating?.offerName ?? 'the subscription', data)}
      />
    </>
  );
}
