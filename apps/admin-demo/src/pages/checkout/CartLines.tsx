import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { Ref } from 'react';
import { BILLING_CYCLES, labelOf, lineLabel, PRODUCTS, TERMS, type CartLine } from './cart';

/** The cart being put together, a line per row, each with its own Remove button. */
export function CartLines({
  lines,
  onRemove,
  ref,
}: {
  lines: CartLine[];
  onRemove: (index: number) => void;
  ref?: Ref<HTMLTableElement>;
}) {
  return (
    <Table ref={ref} aria-label="Cart">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Product</TableHeaderCell>
          <TableHeaderCell>Quantity</TableHeaderCell>
          <TableHeaderCell>Term</TableHeaderCell>
          <TableHeaderCell>Billing cycle</TableHeaderCell>
          <TableHeaderCell>Actions</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line, index) => (
          // A line has no ID until the cart is created: its position is what tells two equal lines apart.
          <TableRow key={index}>
            <TableCell>{labelOf(PRODUCTS, line.catalogItemId)}</TableCell>
            <TableCell>{line.quantity}</TableCell>
            <TableCell>{labelOf(TERMS, line.termDuration)}</TableCell>
            <TableCell>{labelOf(BILLING_CYCLES, line.billingCycle)}</TableCell>
            <TableCell>
              <Button aria-label={`Remove ${lineLabel(line)}`} onClick={() => onRemove(index)}>
                Remove
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
