import {
  Button,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { customersQuery } from '../api/queries';
import { QueryBoundary } from '../components/QueryBoundary';
import { StatusLine } from '../components/StatusLine';
import { usePageStyles } from '../components/styles';
import { href } from '../router';

function CustomerTable() {
  const styles = usePageStyles();
  const { data } = useQuery({ ...customersQuery(useApi()), throwOnError: true });
  if (!data) return null;
  return (
    <Table aria-label="Customers">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Company</TableHeaderCell>
          <TableHeaderCell>Domain</TableHeaderCell>
          <TableHeaderCell>Tenant ID</TableHeaderCell>
          <TableHeaderCell>Actions</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.items.map((customer) => (
          <TableRow key={customer.id}>
            <TableCell>{customer.companyProfile.companyName}</TableCell>
            <TableCell>{customer.companyProfile.domain}</TableCell>
            <TableCell>
              <code className={styles.mono}>{customer.companyProfile.tenantId}</code>
            </TableCell>
            <TableCell>
              <Link href={href('subscriptions', { customer: customer.id })}>
                Subscriptions of {customer.companyProfile.companyName}
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function CustomersPage() {
  const styles = usePageStyles();
  const status = useRef<HTMLParagraphElement>(null);
  const { data, isFetching, isError, refetch, dataUpdatedAt } = useQuery(customersQuery(useApi()));
  // Reload is a new attempt: it clears a failure the boundary shows, which shows the next one, if any.
  const [reloads, setReloads] = useState(0);
  const text = isFetching ? 'Loading customers…' : isError || !data ? '' : `${data.totalCount} customers loaded.`;
  return (
    <>
      <div className={styles.toolbar}>
        <Button
          onClick={() => {
            setReloads((count) => count + 1);
            void refetch();
          }}
        >
          Reload customers
        </Button>
      </div>
      <StatusLine ref={status} text={text} />
      <QueryBoundary statusRef={status} resetKeys={[dataUpdatedAt, reloads]}>
        <CustomerTable />
      </QueryBoundary>
    </>
  );
}
