import { useCallback, useEffect, useId, useState, type SubmitEvent } from 'react';
import { useCall } from '../api/useCall';
import type { Collection, Customer, Transfer } from '../api/types';
import { CallFeedback } from '../components/CallFeedback';

export function TransfersPage() {
  const customers = useCall<Collection<Customer>>();
  const transfers = useCall<Collection<Transfer>>();
  const create = useCall<Transfer>();
  const [customerId, setCustomerId] = useState('');
  const [sourceDomain, setSourceDomain] = useState('fabrikam-partner.onmicrosoft.com');
  const [sourceEmail, setSourceEmail] = useState('admin@fabrikam-partner.com');
  const ids = { customer: useId(), domain: useId(), email: useId() };
  const { run: runCustomers } = customers;
  const { run: runTransfers } = transfers;
  useEffect(() => void runCustomers({ method: 'GET', path: '/customers' }), [runCustomers]);
  const customerList = customers.data?.items ?? [];
  const chosenCustomer = customerId || (customerList[0]?.id ?? '');
  const load = useCallback(() => {
    if (chosenCustomer) void runTransfers({ method: 'GET', path: `/customers/${chosenCustomer}/transfers` });
  }, [chosenCustomer, runTransfers]);
  useEffect(load, [load]);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The list is read again after the transfer is made, a retried one too.
    void create.run(
      {
        method: 'POST',
        path: `/customers/${chosenCustomer}/transfers`,
        body: {
          sourcePartnerTenantId: '7b9c5d1e-0f2a-4b3c-8d4e-5f6a7b8c9d0e',
          sourcePartnerDomain: sourceDomain,
          sourcePartnerEmail: sourceEmail,
          transferType: 'NewCommerce',
        },
      },
      load,
    );
  };

  return (
    <>
      <form className="demo-form" onSubmit={submit}>
        <label htmlFor={ids.customer}>Customer</label>
        <select
          id={ids.customer}
          className="pce-input"
          value={chosenCustomer}
          onChange={(event) => setCustomerId(event.target.value)}
        >
          {customerList.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.companyProfile.companyName}
            </option>
          ))}
        </select>
        <label htmlFor={ids.domain}>Source partner domain</label>
        <input
          id={ids.domain}
          className="pce-input"
          value={sourceDomain}
          onChange={(event) => setSourceDomain(event.target.value)}
        />
        <label htmlFor={ids.email}>Source partner email</label>
        <input
          id={ids.email}
          className="pce-input"
          type="email"
          value={sourceEmail}
          onChange={(event) => setSourceEmail(event.target.value)}
        />
        <button type="submit" className="pce-button" data-variant="primary" disabled={!chosenCustomer}>
          Request transfer
        </button>
      </form>
      <CallFeedback call={customers} pending="Loading customers…" />
      <CallFeedback
        call={create}
        pending="Requesting the transfer…"
        success={(data) => `Transfer ${data.id} requested.`}
      />
      <CallFeedback
        call={transfers}
        pending="Loading transfers…"
        success={(data) => `${data.totalCount} transfers of this customer.`}
      />
      {transfers.data && (
        <table className="demo-table">
          <caption>Transfers</caption>
          <thead>
            <tr>
              <th scope="col">Transfer ID</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {transfers.data.items.map((transfer) => (
              <tr key={transfer.id}>
                <td>
                  <code>{transfer.id}</code>
                </td>
                <td>{transfer.status}</td>
                <td>{transfer.createdTime}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
