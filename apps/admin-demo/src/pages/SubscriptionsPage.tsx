import { useCallback, useEffect, useId, useState } from 'react';
import { useCall } from '../api/useCall';
import type { Collection, Customer, Subscription } from '../api/types';
import { CallFeedback } from '../components/CallFeedback';
import { href, type Route } from '../router';

function SubscriptionRow({
  subscription,
  onUpdate,
}: {
  subscription: Subscription;
  onUpdate: (id: string, change: Partial<Subscription>, what: string) => void;
}) {
  const [quantity, setQuantity] = useState(String(subscription.quantity));
  const [billingCycle, setBillingCycle] = useState(subscription.billingCycle);
  const seatsId = useId();
  const cycleId = useId();
  const suspended = subscription.status === 'suspended';
  return (
    <tr>
      <th scope="row">{subscription.offerName}</th>
      <td>{subscription.status}</td>
      <td>
        <label htmlFor={seatsId} className="demo-visually-hidden">
          Seats for {subscription.offerName}
        </label>
        <input id={seatsId} className="pce-input demo-number" type="number" min={0} value={quantity} onChange={(event) => setQuantity(event.target.value)} />
        <button
          type="button"
          className="pce-button"
          onClick={() => onUpdate(subscription.id, { quantity: Number(quantity) }, `Seats of ${subscription.offerName} changed to ${quantity}.`)}
        >
          Change seats<span className="demo-visually-hidden"> of {subscription.offerName}</span>
        </button>
      </td>
      <td>
        <label htmlFor={cycleId} className="demo-visually-hidden">
          Billing cycle of {subscription.offerName}
        </label>
        <select
          id={cycleId}
          className="pce-input"
          value={billingCycle}
          onChange={(event) => setBillingCycle(event.target.value as Subscription['billingCycle'])}
        >
          <option value="monthly">Monthly</option>
          <option value="annual">Annual</option>
        </select>
        <button
          type="button"
          className="pce-button"
          onClick={() => onUpdate(subscription.id, { billingCycle }, `Billing cycle of ${subscription.offerName} changed to ${billingCycle}.`)}
        >
          Change billing cycle<span className="demo-visually-hidden"> of {subscription.offerName}</span>
        </button>
      </td>
      <td>
        <button
          type="button"
          className="pce-button"
          onClick={() =>
            onUpdate(subscription.id, { status: suspended ? 'active' : 'suspended' }, `${subscription.offerName} ${suspended ? 'activated' : 'suspended'}.`)
          }
        >
          {suspended ? 'Activate' : 'Suspend'}
          <span className="demo-visually-hidden"> {subscription.offerName}</span>
        </button>
      </td>
    </tr>
  );
}

export function SubscriptionsPage({ route }: { route: Route }) {
  const customers = useCall<Collection<Customer>>();
  const subscriptions = useCall<Collection<Subscription>>();
  const [message, setMessage] = useState('');
  const update = useCall<Subscription>();
  const customerId = route.params.get('customer') ?? '';
  const { run: runCustomers } = customers;
  const { run: runSubscriptions } = subscriptions;
  const load = useCallback(() => {
    if (customerId) void runSubscriptions({ method: 'GET', path: `/customers/${customerId}/subscriptions` });
  }, [customerId, runSubscriptions]);
  useEffect(() => void runCustomers({ method: 'GET', path: '/customers' }), [runCustomers]);
  useEffect(load, [load]);

  const onUpdate = async (subscriptionId: string, change: Partial<Subscription>, what: string) => {
    setMessage(what);
    const result = await update.run({ method: 'PATCH', path: `/customers/${customerId}/subscriptions/${subscriptionId}`, body: change });
    if (result.ok) load();
  };

  return (
    <>
      <nav aria-label="Customers">
        <p>Choose a customer:</p>
        <ul className="demo-inline-list">
          {customers.state.status === 'done' &&
            customers.state.data.items.map((customer) => (
              <li key={customer.id}>
                <a href={href('subscriptions', { customer: customer.id })} aria-current={customer.id === customerId ? 'page' : undefined}>
                  {customer.companyProfile.companyName}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <CallFeedback state={customers.state} onRetry={customers.retry} onDismiss={customers.reset} pending="Loading customers…" />
      <CallFeedback state={subscriptions.state} onRetry={subscriptions.retry} onDismiss={subscriptions.reset} pending="Loading subscriptions…" />
      {subscriptions.state.status === 'done' && (
        <table className="demo-table">
          <caption>Subscriptions</caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">Status</th>
              <th scope="col">Seats</th>
              <th scope="col">Billing cycle</th>
              <th scope="col">Suspend or activate</th>
            </tr>
          </thead>
          <tbody>
            {subscriptions.state.data.items.map((subscription) => (
              <SubscriptionRow key={`${subscription.id}-${subscription.quantity}-${subscription.status}`} subscription={subscription} onUpdate={onUpdate} />
            ))}
          </tbody>
        </table>
      )}
      <CallFeedback state={update.state} onRetry={update.retry} onDismiss={update.reset} pending="Saving…" success={() => message} />
    </>
  );
}
