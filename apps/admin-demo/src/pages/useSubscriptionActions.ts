import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiProvider';
import type { Order, Subscription } from '../api/types';

/**
 * The changes a partner makes to a subscription. Each reads the list again when it succeeds (a retried one too),
 * keeping the rows, and focus, where they are.
 */
export function useSubscriptionActions(customerId: string) {
  const call = useApi();
  const queryClient = useQueryClient();
  const base = `/customers/${customerId}`;
  const reload = () => queryClient.invalidateQueries({ queryKey: ['subscriptions', customerId] });

  const changeSeats = useMutation({
    mutationFn: ({ subscription, quantity }: { subscription: Subscription; quantity: number }) =>
      call<Subscription>({ method: 'PATCH', path: `${base}/subscriptions/${subscription.id}`, body: { quantity } }),
    onSuccess: reload,
  });
  const setStatus = useMutation({
    mutationFn: ({ subscription, status }: { subscription: Subscription; status: 'active' | 'suspended' }) =>
      call<Subscription>({ method: 'PATCH', path: `${base}/subscriptions/${subscription.id}`, body: { status } }),
    onSuccess: reload,
  });
  // update-subscription refuses a billing-cycle change (2054): it is update-Order, on the line item of the order
  // that bought the subscription.
  const changeBillingCycle = useMutation({
    mutationFn: async ({ subscription, billingCycle }: { subscription: Subscription; billingCycle: string }) => {
      const order = await call<Order>({ method: 'GET', path: `${base}/orders/${subscription.orderId}` });
      const lineItems = order.lineItems.filter((line) => line.subscriptionId === subscription.id);
      return call<Order>({ method: 'PATCH', path: `${base}/orders/${order.id}`, body: { billingCycle, lineItems } });
    },
    onSuccess: reload,
  });
  return { changeSeats, setStatus, changeBillingCycle };
}

export type SubscriptionActions = ReturnType<typeof useSubscriptionActions>;
