// Cart and checkout bodies: successful responses (200, 201) that report a failure per line item or order group.
import type { Problem } from '../types';
import { type Field, isRecord, type PartialSuccess, reader } from './fields';
import { addProblem } from './problems';

/** The most cart line items (add-ons included) or checkout order groups read from one body; the rest is reported. */
export const MAX_LINE_ITEMS = 1000;
// A line item's add-ons are line items too, and may have add-ons of their own; deeper nesting is not read.
const MAX_ADDON_DEPTH = 2;

/**
 * Visits the cart's line items in order, each add-on after the item it belongs to, at most MAX_LINE_ITEMS of them.
 * Each item is read field by field: a hostile one costs only itself. Returns how many were visited.
 */
export function forEachLineItem(lineItems: unknown, problems: Problem[], visit: (line: Field) => void): number {
  let count = 0;
  const walk = (items: unknown, depth: number): void => {
    if (!Array.isArray(items)) return;
    // By index, never through the body's own `slice`, species or iterator, which could yield without end.
    const length = (items as unknown[]).length;
    for (let index = 0; index < length; index++) {
      if (count === MAX_LINE_ITEMS) {
        addProblem(problems, 'truncated', 'lineItems');
        return;
      }
      count++;
      const item: unknown = (items as unknown[])[index];
      if (!isRecord(item)) continue;
      const line = reader(item, problems, 'lineItem');
      visit(line);
      if (depth < MAX_ADDON_DEPTH) walk(line('addonItems'), depth + 1);
    }
  };
  try {
    walk(lineItems, 0);
  } catch {
    addProblem(problems, 'unreadable', 'lineItems');
  }
  return count;
}

/** How many entries of a list are read: at most MAX_LINE_ITEMS, the rest reported. */
export function listLength(list: unknown, problems: Problem[], name: string): number {
  try {
    if (!Array.isArray(list)) return 0;
    if (list.length > MAX_LINE_ITEMS) addProblem(problems, 'truncated', name);
    return Math.min(list.length, MAX_LINE_ITEMS);
  } catch {
    addProblem(problems, 'unreadable', name);
    return 0;
  }
}

/**
 * What a successful cart (`lineItems`) or checkout (`orders`, `orderErrors`) body says of its parts, or `undefined`
 * for any other body. Counting only: `parseCartErrors` and `parseCheckoutResult` read each failure.
 */
export function partialOf(field: Field, problems: Problem[]): PartialSuccess | undefined {
  const orderErrors = field('orderErrors');
  const orders = field('orders');
  if (Array.isArray(orderErrors) || Array.isArray(orders)) {
    const failed = listLength(orderErrors, problems, 'orderErrors');
    return { kind: 'checkout', failed, total: failed + listLength(orders, problems, 'orders') };
  }
  const lineItems = field('lineItems');
  if (!Array.isArray(lineItems)) return undefined;
  let failed = 0;
  const total = forEachLineItem(lineItems, problems, (line) => {
    if (isRecord(line('error'))) failed++;
  });
  return { kind: 'cart', failed, total };
}
