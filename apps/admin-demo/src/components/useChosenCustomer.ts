import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiProvider';
import { customersQuery } from '../api/queries';

/** The customer a form acts for: the first one until another is chosen; and every customer, as options. */
export function useChosenCustomer(chosen: string): { customerId: string; options: { value: string; label: string }[] } {
  const { data } = useQuery(customersQuery(useApi()));
  const options = (data?.items ?? []).map((customer) => ({
    value: customer.id,
    label: customer.companyProfile.companyName,
  }));
  return { customerId: chosen || (options[0]?.value ?? ''), options };
}
