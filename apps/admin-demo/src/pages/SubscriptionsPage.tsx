import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { ErrorBanner } from '@pc-errors/react';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApi } from '../api/ApiProvider';
import { customersQuery, subscriptionsQuery } from '../api/queries';
import { isPartnerCenterRequestError } from '@pc-errors/error-catalog';
import { ActionFeedback } from '../components/ActionFeedback';
import { QueryBoundary } from '../components/QueryBoundary';
import { StatusLine } from '../components/StatusLine';
import { href, type Route } from '../router';
import { SubscriptionRow, type RowActions } from './SubscriptionRow';
import { describeMigration, useMigration } from './useMigration';
import { useSubscriptionActions } from './useSubscriptionActions';

const useStyles = makeStyles({
  customers: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, padding: 0, listStyle: 'none' },
  picker: { display: 'grid', gap: tokens.spacingVerticalXS },
});

function SubscriptionTable({
  customerId,
  company,
  actions,
}: {
  customerId: string;
  company: string;
  actions: RowActions;
}) {
  const { data } = useQuery({ ...subscriptionsQuery(useApi(), customerId), throwOnError: true });
  if (!data) return null;
  return (
    <Table aria-label={`Subscriptions of ${company}`}>
      <TableHeader>
        <TableRow>
          {['Offer', 'Status', 'Seats', 'Billing cycle', 'Suspend or activate', 'New Commerce'].map((column) => (
            <TableHeaderCell key={column}>{column}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.items.map((subscription) => (
          <SubscriptionRow key={subscription.id} subscription={subscription} actions={actions} />
        ))}
      </TableBody>
    </Table>
  );
}

export function SubscriptionsPage({ route }: { route: Route }) {
  const styles = useStyles();
  const call = useApi();
  const status = useRef<HTMLParagraphElement>(null);
  const customerId = route.params.get('customer') ?? '';
  const customers = useQuery(customersQuery(call));
  const subscriptions = useQuery(subscriptionsQuery(call, customerId));
  const company = customers.data?.items.find((candidate) => candidate.id === customerId)?.companyProfile.companyName;
  const { changeSeats, setStatus, changeBillingCycle } = useSubscriptionActions(customerId);
  const migration = useMigration(customerId);
  const actions: RowActions = {
    changeSeats: (subscription, quantity) => changeSeats.mutate({ subscription, quantity }),
    changeBillingCycle: (subscription, billingCycle) => changeBillingCycle.mutate({ subscription, billingCycle }),
    setStatus: (subscription, next) => setStatus.mutate({ subscription, status: next }),
    migrate: (subscription) => migration.start.mutate(subscription),
  };
  // Reading the list again after a change is not news: only the first load says so.
  const loading = subscriptions.isFetching && !subscriptions.data ? 'Loading subscriptions…' : '';

  return (
    <>
      <nav aria-label="Customers" className={styles.picker}>
        <p>Choose a customer:</p>
        <ul className={styles.customers}>
          {customers.data?.items.map((candidate) => (
            <li key={candidate.id}>
              <Link
                href={href('subscriptions', { customer: candidate.id })}
                aria-current={candidate.id === customerId ? 'page' : undefined}
              >
                {candidate.companyProfile.companyName}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <StatusLine text={customers.isFetching && !customers.data ? 'Loading customers…' : ''} />
      <StatusLine ref={status} text={customerId ? loading : ''} />
      {customerId && (
        <QueryBoundary statusRef={status} resetKeys={[customerId, subscriptions.dataUpdatedAt]}>
          <SubscriptionTable customerId={customerId} company={company ?? 'the customer'} actions={actions} />
        </QueryBoundary>
      )}
      <ActionFeedback
        mutation={changeSeats}
        pending="Saving…"
        success={(_, { subscription, quantity }) => `Seats of ${subscription.offerName} changed to ${quantity}.`}
      />
      <ActionFeedback
        mutation={changeBillingCycle}
        pending="Saving…"
        success={(_, { subscription, billingCycle }) =>
          `Billing cycle of ${subscription.offerName} changed to ${billingCycle}.`
        }
      />
      <ActionFeedback
        mutation={setStatus}
        pending="Saving…"
        success={(_, { subscription, status: next }) =>
          `${subscription.offerName} ${next === 'active' ? 'activated' : 'suspended'}.`
        }
      />
      <ActionFeedback
        mutation={migration.start}
        pending={`Starting the migration of ${migration.start.variables?.offerName ?? 'the subscription'}…`}
        success={(_, subscription) =>
          migration.migration ? describeMigration(subscription.offerName, migration.migration) : ''
        }
      />
      {isPartnerCenterRequestError(migration.followed.error) && (
        <ErrorBanner
          error={migration.followed.error.error}
          showFix
          headingLevel={2}
          onRetry={() => void migration.followed.refetch()}
        />
      )}
    </>
  );
}
