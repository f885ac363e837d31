import { queryOptions } from '@tanstack/react-query';
import type { Collection, Customer, Subscription, Transfer } from './types';
import type { useApi } from './ApiProvider';

type Call = ReturnType<typeof useApi>;

// The portal's reads, one definition each: the page that shows a list and the status line that tells how its load
// went observe the same query.
export const customersQuery = (call: Call) =>
  queryOptions({
    queryKey: ['customers'],
    queryFn: () => call<Collection<Customer>>({ method: 'GET', path: '/customers' }),
  });

export const subscriptionsQuery = (call: Call, customerId: string) =>
  queryOptions({
    queryKey: ['subscriptions', customerId],
    queryFn: () => call<Collection<Subscription>>({ method: 'GET', path: `/customers/${customerId}/subscriptions` }),
    enabled: Boolean(customerId),
  });

export const transfersQuery = (call: Call, customerId: string) =>
  queryOptions({
    queryKey: ['transfers', customerId],
    queryFn: () => call<Collection<Transfer>>({ method: 'GET', path: `/customers/${customerId}/transfers` }),
    enabled: Boolean(customerId),
  });
