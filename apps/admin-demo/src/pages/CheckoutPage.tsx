import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { useCall } from '../api/useCall';
import type { Cart, Collection, Customer, Order } from '../api/types';
import { CallFeedback } from '../components/CallFeedback';

const PRODUCTS = [
  { catalogItemId: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF', name: 'Microsoft 365 Business Basic' },
  { catalogItemId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0KDPG', name: 'Microsoft 365 E3' },
  { catalogItemId: 'DZH318Z0BPS6:0001:DZH318Z0BPS6', name: 'Azure plan' },
];

export function CheckoutPage() {
  const customers = useCall<Collection<Customer>>();
  const cart = useCall<Cart>();
  const checkout = useCall<{ orders: Order[] }>();
  const [customerId, setCustomerId] = useState('');
  const [catalogItemId, setCatalogItemId] = useState(PRODUCTS[0]?.catalogItemId ?? '');
  const [quantity, setQuantity] = useState('5');
  const [termDuration, setTermDuration] = useState('P1M');
  const [billingCycle, setBillingCycle] = useState('monthly');
  const ids = { customer: useId(), product: useId(), quantity: useId(), term: useId(), cycle: useId() };
  const { run: runCustomers } = customers;
  useEffect(() => void runCustomers({ method: 'GET', path: '/customers' }), [runCustomers]);
  const customerList = customers.data?.items ?? [];
  const chosenCustomer = customerId || (customerList[0]?.id ?? '');

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    checkout.reset();
    // Checkout follows the cart: after the cart call succeeds, a retried one too.
    void cart.run(
      {
        method: 'POST',
        path: `/customers/${chosenCustomer}/carts`,
        body: { lineItems: [{ id: 0, catalogItemId, quantity: Number(quantity), billingCycle, termDuration }] },
      },
      (created) => checkout.run({ method: 'POST', path: `/customers/${chosenCustomer}/carts/${created.id}/checkout` }),
    );
  };

  return (
    <>
      <form className="demo-form" onSubmit={submit}>
        <label htmlFor={ids.customer}>Customer</label>
        <select
          id={ids.customer}
          className="pce-input"
          value={chosenCustomer}
          onChange={(event) => setCustomerId(event.target.value)}
        >
          {customerList.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.companyProfile.companyName}
            </option>
          ))}
        </select>
        <label htmlFor={ids.product}>Product</label>
        <select
          id={ids.product}
          className="pce-input"
          value={catalogItemId}
          onChange={(event) => setCatalogItemId(event.target.value)}
        >
          {PRODUCTS.map((product) => (
            <option key={product.catalogItemId} value={product.catalogItemId}>
              {product.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.quantity}>Quantity</label>
        <input
          id={ids.quantity}
          className="pce-input"
          type="number"
          min={1}
          value={quantity}
          onChange={(event) => setQuantity(event.target.value)}
        />
        <label htmlFor={ids.term}>Term</label>
        <select
          id={ids.term}
          className="pce-input"
          value={termDuration}
          onChange={(event) => setTermDuration(event.target.value)}
        >
          <option value="P1M">1 month</option>
          <option value="P1Y">1 year</option>
        </select>
        <label htmlFor={ids.cycle}>Billing cycle</label>
        <select
          id={ids.cycle}
          className="pce-input"
          value={billingCycle}
          onChange={(event) => setBillingCycle(event.target.value)}
        >
          <option value="monthly">Monthly</option>
          <option value="annual">Annual</option>
        </select>
        <button type="submit" className="pce-button" data-variant="primary" disabled={!chosenCustomer}>
          Create cart and check out
        </button>
      </form>
      <CallFeedback call={customers} pending="Loading customers…" />
      <CallFeedback call={cart} pending="Creating the cart…" success={(data) => `Cart ${data.id} created.`} />
      <CallFeedback
        call={checkout}
        pending="Checking out…"
        success={(data) => `Order ${data.orders.map((order) => order.id).join(', ')} placed.`}
      />
    </>
  );
}
