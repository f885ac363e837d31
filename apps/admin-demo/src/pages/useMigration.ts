import { useMutation, useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiProvider';
import type { Migration, Subscription } from '../api/types';

const POLL_MS = 1_000;

/** What a screen reader hears and a user reads: the same words while nothing changes, so polling is not announced. */
export function describeMigration(offerName: string, migration: Migration): string {
  return migration.status === 'Completed'
    ? `Migration of ${offerName} to New Commerce completed. New subscription ${migration.newCommerceSubscriptionId ?? ''}.`
    : `Migration ${migration.id} of ${offerName} to New Commerce is processing.`;
}

/**
 * Starts a New-Commerce migration and follows it: the migration is read again every second while the service is
 * processing it. A failed read stops the polling until the user retries it.
 */
export function useMigration(customerId: string) {
  const call = useApi();
  const start = useMutation({
    mutationFn: (subscription: Subscription) =>
      call<Migration>({
        method: 'POST',
        path: `/customers/${customerId}/migrations/newcommerce`,
        body: {
          currentSubscriptionId: subscription.id,
          termDuration: subscription.termDuration,
          billingCycle: subscription.billingCycle,
        },
      }),
  });
  const started = start.data;
  const followed = useQuery({
    queryKey: ['migration', customerId, started?.id],
    queryFn: () =>
      call<Migration>({ method: 'GET', path: `/customers/${customerId}/migrations/newcommerce/${started?.id ?? ''}` }),
    enabled: Boolean(started),
    initialData: started,
    // Fresh as started: the first read comes a poll later.
    staleTime: POLL_MS,
    // A failed read stops the polling (each failure would be logged every second) until the user retries it.
    refetchInterval: (query) =>
      query.state.status !== 'error' && query.state.data?.status === 'Processing' ? POLL_MS : false,
  });
  return { start, followed, migration: started && (followed.data ?? started) };
}
