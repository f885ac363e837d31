import { useId, useState } from 'react';
import type { Subscription } from '../api/types';

export interface SubscriptionActions {
  changeSeats: (subscription: Subscription, quantity: number) => void;
  changeBillingCycle: (subscription: Subscription, billingCycle: Subscription['billingCycle']) => void;
  toggleStatus: (subscription: Subscription) => void;
  migrate: (subscription: Subscription) => void;
}

const CYCLE_NAMES: Record<Subscription['billingCycle'], string> = { monthly: 'Monthly', annual: 'Annual' };

/** One subscription: what it is now, as text, and the controls that change it. Each control's name says which subscription it acts on. */
export function SubscriptionRow({
  subscription,
  actions,
}: {
  subscription: Subscription;
  actions: SubscriptionActions;
}) {
  const [quantity, setQuantity] = useState(String(subscription.quantity));
  const [billingCycle, setBillingCycle] = useState(subscription.billingCycle);
  const seatsId = useId();
  const cycleId = useId();
  const name = subscription.offerName;
  const suspended = subscription.status === 'suspended';
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{subscription.status}</td>
      <td>
        <span data-slot="seats">{subscription.quantity}</span>
        <label htmlFor={seatsId} className="demo-visually-hidden">
          New seat count for {name}
        </label>
        <input
          id={seatsId}
          className="pce-input demo-number"
          type="number"
          min={0}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
        />
        <button
          type="button"
          className="pce-button"
          onClick={() => actions.changeSeats(subscription, Number(quantity))}
        >
          Change seats <span className="demo-visually-hidden">of {name}</span>
        </button>
      </td>
      <td>
        <span data-slot="billing-cycle">{CYCLE_NAMES[subscription.billingCycle]}</span>
        <label htmlFor={cycleId} className="demo-visually-hidden">
          New billing cycle for {name}
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
          onClick={() => actions.changeBillingCycle(subscription, billingCycle)}
        >
          Change billing cycle <span className="demo-visually-hidden">of {name}</span>
        </button>
      </td>
      <td>
        <button type="button" className="pce-button" onClick={() => actions.toggleStatus(subscription)}>
          {suspended ? 'Activate' : 'Suspend'} <span className="demo-visually-hidden">{name}</span>
        </button>
      </td>
      <td>
        <button type="button" className="pce-button" onClick={() => actions.migrate(subscription)}>
          Migrate to New Commerce <span className="demo-visually-hidden">{name}</span>
        </button>
      </td>
    </tr>
  );
}
