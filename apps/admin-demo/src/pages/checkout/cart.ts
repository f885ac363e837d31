import { parseCartErrors, parseCheckoutResult, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { OrderItem } from '@pc-errors/react';
import { useMutation } from '@tanstack/react-query';
import { useApiAnswer } from '../../api/ApiProvider';
import type { Answer } from '../../api/client';
import type { Cart, CartCheckoutResult, Order } from '../../api/types';

// Catalog item IDs (product:SKU:availability) of the sandbox's offers.
export const PRODUCTS = [
  { value: 'CFQ7TTC0LH18:0001:CFQ7TTC0K5BF', label: 'Microsoft 365 Business Basic' },
  { value: 'CFQ7TTC0LDPB:0001:CFQ7TTC0KDPG', label: 'Microsoft 365 E3' },
  { value: 'DZH318Z0BPS6:0001:DZH318Z0BPS6', label: 'Azure plan' },
];
export const TERMS = [
  { value: 'P1M', label: '1 month' },
  { value: 'P1Y', label: '1 year' },
];
export const BILLING_CYCLES = [
  { value: 'monthly', label: 'Monthly' },
  { value: 'annual', label: 'Annual' },
];

/** A line of the cart being put together, as create-cart takes it (the service checks the values). */
export interface CartLine {
  catalogItemId: string;
  quantity: number;
  billingCycle: string;
  termDuration: string;
}

/** The label of an option's value. */
export const labelOf = (options: { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

/** What the user calls a line: "Microsoft 365 E3 × 5, monthly billing, 1 month". */
export const lineLabel = (line: CartLine) =>
  `${labelOf(PRODUCTS, line.catalogItemId)} × ${line.quantity}, ${line.billingCycle} billing, ${labelOf(TERMS, line.termDuration).toLowerCase()}`;

/** A checkout's outcome: the orders placed, the cart's items, and the errors of what was not ordered. */
export interface CheckedOut {
  orders: Order[];
  items: OrderItem<string>[];
  errors: PartnerCenterError[];
}

/**
 * A cart's and its checkout's outcome: the line items as the cart numbered and grouped them, and every error either
 * answer carries (a line item the market cannot sell, an order group checkout refused), though both calls succeeded.
 */
function outcomeOf(cart: Answer<Cart>, checkout: Answer<CartCheckoutResult>): CheckedOut {
  return {
    orders: checkout.data.orders,
    items: cart.data.lineItems.map((line) => ({ id: line.id, label: lineLabel(line), orderGroup: line.orderGroup })),
    errors: [
      ...parseCartErrors(cart.data, { status: cart.status, headers: cart.headers }),
      ...parseCheckoutResult(checkout.data, { status: checkout.status, headers: checkout.headers }),
    ],
  };
}

/** Checkout follows the cart: once the cart is created (a retried creation too), it is checked out. */
export function useCheckout(onCheckedOut: (outcome: CheckedOut) => void) {
  const call = useApiAnswer();
  const checkout = useMutation({
    mutationFn: async ({ customerId, cart }: { customerId: string; cart: Answer<Cart> }) => {
      const path = `/customers/${customerId}/carts/${cart.data.id}/checkout`;
      return outcomeOf(cart, await call<CartCheckoutResult>({ method: 'POST', path }));
    },
    onSuccess: onCheckedOut,
  });
  const cart = useMutation({
    mutationFn: ({ customerId, lines }: { customerId: string; lines: CartLine[] }) =>
      call<Cart>({
        method: 'POST',
        path: `/customers/${customerId}/carts`,
        body: { lineItems: lines.map((line, id) => ({ id, ...line })) },
      }),
    onSuccess: (created, { customerId }) => checkout.mutate({ customerId, cart: created }),
  });
  return { cart, checkout };
}
