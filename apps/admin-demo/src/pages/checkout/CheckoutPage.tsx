import { Button, Field, Input } from '@fluentui/react-components';
import { OrderOutcome } from '@pc-errors/react';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useSettings } from '../../api/settings';
import { ActionFeedback } from '../../components/ActionFeedback';
import { SelectField } from '../../components/SelectField';
import { usePageStyles } from '../../components/styles';
import { useChosenCustomer } from '../../components/useChosenCustomer';
import { BILLING_CYCLES, PRODUCTS, TERMS, useCheckout, type CartLine } from './cart';
import { CartLines } from './CartLines';

/**
 * A cart put together line by line, then created and checked out. Checkout can succeed in part (an item the
 * customer's market cannot buy, an order group over a limit): the outcome says what was ordered and what was not.
 */
export function CheckoutPage() {
  const styles = usePageStyles();
  const [chosen, setChosen] = useState('');
  const [catalogItemId, setCatalogItemId] = useState(PRODUCTS[0]?.value ?? '');
  const [quantity, setQuantity] = useState('5');
  const [termDuration, setTermDuration] = useState('P1M');
  const [billingCycle, setBillingCycle] = useState('monthly');
  const [lines, setLines] = useState<CartLine[]>([]);
  const { customerId, options } = useChosenCustomer(chosen);
  const { logError } = useSettings();
  // What was not ordered is logged like any failure: the Error log is every Partner Center error of the session.
  const { cart, checkout } = useCheckout(({ errors }) => {
    setLines([]);
    errors.forEach(logError);
  });
  // A removed line takes its Remove button away: focus goes to the next line's, or to Add to cart after the last.
  const cartTable = useRef<HTMLTableElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    if (removedAt.current === null) return;
    const buttons = cartTable.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(removedAt.current, buttons.length - 1)] ?? addButton.current)?.focus();
    removedAt.current = null;
  });
  const remove = (index: number) => {
    removedAt.current = index;
    setLines((current) => current.filter((_, at) => at !== index));
  };

  const add = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLines((current) => [...current, { catalogItemId, quantity: Number(quantity), billingCycle, termDuration }]);
  };
  const checkOut = () => {
    checkout.reset();
    cart.mutate({ customerId, lines });
  };

  return (
    <div className={styles.stack}>
      <SelectField
        label="Customer"
        value={customerId}
        options={options}
        onChange={setChosen}
        className={styles.field}
      />
      <form className={styles.form} onSubmit={add} aria-label="New line item">
        <SelectField label="Product" value={catalogItemId} options={PRODUCTS} onChange={setCatalogItemId} />
        <Field label="Quantity">
          <Input type="number" min={1} value={quantity} onChange={(_, data) => setQuantity(data.value)} />
        </Field>
        <SelectField label="Term" value={termDuration} options={TERMS} onChange={setTermDuration} />
        <SelectField label="Billing cycle" value={billingCycle} options={BILLING_CYCLES} onChange={setBillingCycle} />
        <div className={styles.formActions}>
          <Button ref={addButton} type="submit">
            Add to cart
          </Button>
        </div>
      </form>
      {lines.length > 0 && <CartLines ref={cartTable} lines={lines} onRemove={remove} />}
      <div className={styles.formActions}>
        {/* Focusable while disabled: the cart empties after a checkout, and focus stays where it was. */}
        <Button appearance="primary" disabledFocusable={!customerId || lines.length === 0} onClick={checkOut}>
          Create cart and check out
        </Button>
      </div>
      <ActionFeedback
        mutation={cart}
        pending="Creating the cart…"
        success={(data) => `Cart ${data.data.id} created.`}
      />
      <ActionFeedback
        mutation={checkout}
        pending="Checking out…"
        success={({ orders }) =>
          orders.length === 0 ? 'No order placed.' : `Order ${orders.map((order) => order.id).join(', ')} placed.`
        }
      />
      {checkout.data && <OrderOutcome items={checkout.data.items} errors={checkout.data.errors} headingLevel={2} />}
    </div>
  );
}
