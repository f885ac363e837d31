// The resource shapes the demo reads; the sandbox answers with these (see @pc-errors/sandbox).
export type {
  Cart,
  CartCheckoutResult,
  CartLineItem,
  Customer,
  Migration,
  Order,
  Subscription,
  Transfer,
} from '@pc-errors/sandbox';

export interface Collection<T> {
  totalCount: number;
  items: T[];
}
