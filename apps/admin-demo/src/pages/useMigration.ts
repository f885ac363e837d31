import { useCallback, useEffect, useState } from 'react';
import type { Migration, Subscription } from '../api/types';
import { useCall } from '../api/useCall';

const POLL_MS = 1_000;

interface Target {
  customerId: string;
  offerName: string;
  /** The migration as last read. */
  migration?: Migration;
}

/** What a screen reader hears and a user reads: the same words while nothing changes, so polling is not announced. */
export function describeMigration(offerName: string, migration: Migration): string {
  return migration.status === 'Completed'
    ? `Migration of ${offerName} to New Commerce completed. New subscription ${migration.newCommerceSubscriptionId ?? ''}.`
    : `Migration ${migration.id} of ${offerName} to New Commerce is processing.`;
}

/**
 * Starts a New-Commerce migration and follows it: the migration is read again every second while the
 * service is processing it. A failed read stops the polling until the user retries it.
 */
export function useMigration() {
  const [target, setTarget] = useState<Target>();
  const remember = useCallback(
    (migration: Migration) => setTarget((current) => current && { ...current, migration }),
    [],
  );
  const call = useCall<Migration>(remember);
  const { run } = call;

  const start = useCallback(
    (customerId: string, subscription: Subscription) => {
      setTarget({ customerId, offerName: subscription.offerName });
      const body = {
        currentSubscriptionId: subscription.id,
        termDuration: subscription.termDuration,
        billingCycle: subscription.billingCycle,
      };
      void run({ method: 'POST', path: `/customers/${customerId}/migrations/newcommerce`, body });
    },
    [run],
  );

  useEffect(() => {
    const migration = target?.migration;
    if (!target || migration?.status !== 'Processing') return undefined;
    const path = `/customers/${target.customerId}/migrations/newcommerce/${migration.id}`;
    const timer = setTimeout(() => void run({ method: 'GET', path }), POLL_MS);
    return () => clearTimeout(timer);
  }, [target, run]);

  return { call, target, start };
}
