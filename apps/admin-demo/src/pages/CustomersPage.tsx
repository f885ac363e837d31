import { useEffect } from 'react';
import { useCall } from '../api/useCall';
import type { Collection, Customer } from '../api/types';
import { CallFeedback } from '../components/CallFeedback';
import { href } from '../router';

export function CustomersPage() {
  const customers = useCall<Collection<Customer>>();
  const { run } = customers;
  useEffect(() => void run({ method: 'GET', path: '/customers' }), [run]);
  return (
    <>
      <p>Your customers in Partner Center. Pick one to manage its subscriptions.</p>
      <button type="button" className="pce-button" onClick={() => void run({ method: 'GET', path: '/customers' })}>
        Reload customers
      </button>
      <CallFeedback
        call={customers}
        pending="Loading customers…"
        success={(data) => `${data.totalCount} customers loaded.`}
      />
      {customers.data && (
        <table className="demo-table">
          <caption>Customers</caption>
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Domain</th>
              <th scope="col">Tenant ID</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {customers.data.items.map((customer) => (
              <tr key={customer.id}>
                <td>{customer.companyProfile.companyName}</td>
                <td>{customer.companyProfile.domain}</td>
                <td>
                  <code>{customer.companyProfile.tenantId}</code>
                </td>
                <td>
                  <a href={href('subscriptions', { customer: customer.id })}>
                    Subscriptions of {customer.companyProfile.companyName}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
