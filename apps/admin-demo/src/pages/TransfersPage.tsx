import {
  Button,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiProvider';
import { transfersQuery } from '../api/queries';
import type { Transfer } from '../api/types';
import { ActionFeedback } from '../components/ActionFeedback';
import { SelectField } from '../components/SelectField';
import { useChosenCustomer } from '../components/useChosenCustomer';
import { QueryBoundary } from '../components/QueryBoundary';
import { StatusLine } from '../components/StatusLine';
import { usePageStyles } from '../components/styles';

function TransferTable({ customerId }: { customerId: string }) {
  const styles = usePageStyles();
  const { data } = useQuery({ ...transfersQuery(useApi(), customerId), throwOnError: true });
  if (!data) return null;
  return (
    <Table aria-label="Transfers">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Transfer ID</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Created</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.items.map((transfer) => (
          <TableRow key={transfer.id}>
            <TableCell>
              <code className={styles.mono}>{transfer.id}</code>
            </TableCell>
            <TableCell>{transfer.status}</TableCell>
            <TableCell>{transfer.createdTime}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function TransfersPage() {
  const styles = usePageStyles();
  const call = useApi();
  const queryClient = useQueryClient();
  const status = useRef<HTMLParagraphElement>(null);
  const [chosen, setChosen] = useState('');
  const [sourceDomain, setSourceDomain] = useState('fabrikam-partner.onmicrosoft.com');
  const [sourceEmail, setSourceEmail] = useState('admin@fabrikam-partner.com');
  const { customerId, options } = useChosenCustomer(chosen);
  const transfers = useQuery(transfersQuery(call, customerId));
  // The list is read again after the transfer is made, a retried one too.
  const create = useMutation({
    mutationFn: (request: { customerId: string; sourcePartnerDomain: string; sourcePartnerEmail: string }) =>
      call<Transfer>({
        method: 'POST',
        path: `/customers/${request.customerId}/transfers`,
        body: {
          sourcePartnerTenantId: '7b9c5d1e-0f2a-4b3c-8d4e-5f6a7b8c9d0e',
          sourcePartnerDomain: request.sourcePartnerDomain,
          sourcePartnerEmail: request.sourcePartnerEmail,
          transferType: 'NewCommerce',
        },
      }),
    onSuccess: (_, request) => queryClient.invalidateQueries({ queryKey: ['transfers', request.customerId] }),
  });

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ customerId, sourcePartnerDomain: sourceDomain, sourcePartnerEmail: sourceEmail });
  };
  const listText = transfers.isFetching
    ? 'Loading transfers…'
    : transfers.data && !transfers.isError
      ? `${transfers.data.totalCount} transfers of this customer.`
      : '';

  return (
    <>
      <form className={styles.form} onSubmit={submit}>
        <SelectField label="Customer" value={customerId} options={options} onChange={setChosen} />
        <Field label="Source partner domain">
          <Input value={sourceDomain} onChange={(_, data) => setSourceDomain(data.value)} />
        </Field>
        <Field label="Source partner email">
          <Input type="email" value={sourceEmail} onChange={(_, data) => setSourceEmail(data.value)} />
        </Field>
        <div className={styles.formActions}>
          <Button type="submit" appearance="primary" disabled={!customerId}>
            Request transfer
          </Button>
        </div>
      </form>
      <ActionFeedback
        mutation={create}
        pending="Requesting the transfer…"
        success={(data) => `Transfer ${data.id} requested.`}
      />
      <StatusLine ref={status} text={customerId ? listText : ''} />
      {customerId && (
        <QueryBoundary statusRef={status} resetKeys={[customerId, transfers.dataUpdatedAt]}>
          <TransferTable customerId={customerId} />
        </QueryBoundary>
      )}
    </>
  );
}
