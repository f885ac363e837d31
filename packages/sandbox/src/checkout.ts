import type { Cart, CartCheckoutResult, CartLineItem, Order, OrderError } from './types';

/**
 * Checkout as the service answers it (201): each order group is ordered on its own. Line items that carry an error
 * are not ordered; a group with nothing left to order fails with its first line item's error. With `assetLimit`, the
 * last group that could be ordered exceeds the customer's asset limit instead (800089), as a real catalog's per-customer
 * limits do.
 */
export function checkOut(cart: Cart, place: (lineItems: CartLineItem[]) => Order, assetLimit: boolean) {
  const groups = [...new Set(cart.lineItems.map((item) => item.orderGroup))];
  const sellable = groups.map((group) => cart.lineItems.filter((item) => item.orderGroup === group && !item.error));
  let limited = -1;
  if (assetLimit) sellable.forEach((items, index) => items.length && (limited = index));
  const result: CartCheckoutResult = { orders: [], orderErrors: [] };
  groups.forEach((orderGroupId, index) => {
    const items = sellable[index] ?? [];
    const failed = cart.lineItems.find((item) => item.orderGroup === orderGroupId && item.error)?.error;
    let error: OrderError | undefined;
    if (index === limited) {
      const assets = items.reduce((sum, item) => sum + item.quantity, 0);
      error = {
        orderGroupId,
        code: 800089,
        description: `For the current term, the requested number of ${assets} asset(s) exceeded the remaining limit of 0 assets allowed per customer.`,
      };
    } else if (!items.length && failed) {
      error = { orderGroupId, code: failed.errorCode, description: failed.errorDescription };
    }
    if (error) result.orderErrors.push(error);
    else if (items.length) result.orders.push(place(items));
  });
  return result;
}
