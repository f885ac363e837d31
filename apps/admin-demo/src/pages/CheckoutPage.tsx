import { Button, Field, Input } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiProvider';
import type { Cart, Order } from '../api/types';
import { ActionFeedback } from '../components/ActionFeedback';
import { SelectField } from '../components/SelectField';
import { useChosenCustomer } from '../components/useChosenCustomer';
import { usePageStyles } from '../components/styles';

// Catalog item IDs (product:SKU:availability) of the sandbox's offers.
const PRODUCTS = [
  { value: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF', label: 'Microsoft 365 Business Basic' },
  { value: 'CFQ7TTC0LDPB:0001:CFQ7TTC0KDPG', label: 'Microsoft 365 E3' },
  { value: 'DZH318Z0BPS6:0001:DZH318Z0BPS6', label: 'Azure plan' },
];
const TERMS = [
  { value: 'P1M', label: '1 month' },
  { value: 'P1Y', label: '1 year' },
];
const BILLING_CYCLES = [
  { value: 'monthly', label: 'Monthly' },
  { value: 'annual', label: 'Annual' },
];

interface CartRequest {
  customerId: string;
  lineItems: { id: number; catalogItemId: string; quantity: number; billingCycle: string; termDuration: string }[];
}

/** Checkout follows the cart: after the cart is created, a retried creation too, the cart is checked out. */
function useCheckout() {
  const call = useApi();
  const checkout = useMutation({
    mutationFn: ({ customerId, cartId }: { customerId: string; cartId: string }) =>
      call<{ orders: Order[] }>({ method: 'POST', path: `/customers/${customerId}/carts/${cartId}/checkout` }),
  });
  const cart = useMutation({
    mutationFn: ({ customerId, lineItems }: CartRequest) =>
      call<Cart>({ method: 'POST', path: `/customers/${customerId}/carts`, body: { lineItems } }),
    onSuccess: (created, { customerId }) => checkout.mutate({ customerId, cartId: created.id }),
  });
  return { cart, checkout };
}

export function CheckoutPage() {
  const styles = usePageStyles();
  const [chosen, setChosen] = useState('');
  const [catalogItemId, setCatalogItemId] = useState(PRODUCTS[0]?.value ?? '');
  const [quantity, setQuantity] = useState('5');
  const [termDuration, setTermDuration] = useState('P1M');
  const [billingCycle, setBillingCycle] = useState('monthly');
  const { customerId, options } = useChosenCustomer(chosen);
  const { cart, checkout } = useCheckout();

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    checkout.reset();
    cart.mutate({
      customerId,
      lineItems: [{ id: 0, catalogItemId, quantity: Number(quantity), billingCycle, termDuration }],
    });
  };

  return (
    <>
      <form className={styles.form} onSubmit={submit}>
        <SelectField label="Customer" value={customerId} options={options} onChange={setChosen} />
        <SelectField label="Product" value={catalogItemId} options={PRODUCTS} onChange={setCatalogItemId} />
        <Field label="Quantity">
          <Input type="number" min={1} value={quantity} onChange={(_, data) => setQuantity(data.value)} />
        </Field>
        <SelectField label="Term" value={termDuration} options={TERMS} onChange={setTermDuration} />
        <SelectField label="Billing cycle" value={billingCycle} options={BILLING_CYCLES} onChange={setBillingCycle} />
        <div className={styles.formActions}>
          <Button type="submit" appearance="primary" disabled={!customerId}>
            Create cart and check out
          </Button>
        </div>
      </form>
      <ActionFeedback mutation={cart} pending="Creating the cart…" success={(data) => `Cart ${data.id} created.`} />
      <ActionFeedback
        mutation={checkout}
        pending="Checking out…"
        success={(data) => `Order ${data.orders.map((order) => order.id).join(', ')} placed.`}
      />
    </>
  );
}
