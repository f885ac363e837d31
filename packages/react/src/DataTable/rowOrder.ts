/** Compares two cell values the way a column sorts them, ascending. */
export type CompareValues = (a: unknown, b: unknown) => number;

/** One level of a sort: the values of every row (by index in the data) and how they compare. */
export interface SortLevel {
  values: readonly unknown[];
  compare: CompareValues;
  desc: boolean;
}

/** The order a sort produced, kept so that rows appended later are merged in rather than sorted again with the rest. */
export interface RowOrder {
  order: Int32Array;
  /** Whether the rows were already in this order (or its reverse): appended rows then cost a comparison each. */
  presorted: 'ascending' | 'descending' | false;
}

export const compareBasic: CompareValues = (a, b) =>
  a === b ? 0 : (a as string | number) > (b as string | number) ? 1 : -1;

function identity(count: number, from = 0): Int32Array {
  const order = new Int32Array(count - from);
  for (let index = 0; index < order.length; index++) order[index] = from + index;
  return order;
}
function reversed(count: number): Int32Array {
  const order = new Int32Array(count);
  for (let index = 0; index < count; index++) order[index] = count - 1 - index;
  return order;
}

/** A comparator over row indexes: the levels in turn, then the data order, as TanStack Table's sort does. */
function comparator(levels: readonly SortLevel[]) {
  return (a: number, b: number) => {
    for (const { values, compare, desc } of levels) {
      const result = compare(values[a], values[b]);
      if (result !== 0) return desc ? -result : result;
    }
    return a - b;
  };
}

/** Whether rows `from`..`count` keep the order: one comparison each. */
function keepsOrder(compare: (a: number, b: number) => number, from: number, count: number, direction: 1 | -1) {
  for (let index = Math.max(1, from); index < count; index++)
    if (direction * compare(index - 1, index) >= 0) return false;
  return true;
}

/**
 * The display order of `count` rows (their indexes in the data) under `levels`: stable, like TanStack Table's.
 * Rows that arrive in order, or in reverse (a log sorted newest first), are not sorted at all: one comparison per
 * row tells. When `previous` is the order of the first rows of the same data (a live log that appended rows), only
 * the new rows are sorted, then merged in.
 */
export function sortRows(count: number, levels: readonly SortLevel[], previous?: RowOrder): RowOrder {
  if (levels.length === 0) return { order: identity(count), presorted: 'ascending' };
  const compare = comparator(levels);
  const known = previous && previous.order.length <= count ? previous.order.length : 0;
  if (previous && known > 0 && previous.presorted) {
    // Only the new rows, and the last one before them, need checking.
    const direction = previous.presorted === 'ascending' ? 1 : -1;
    if (keepsOrder(compare, known, count, direction))
      return { order: direction === 1 ? identity(count) : reversed(count), presorted: previous.presorted };
  } else if (!previous || known === 0) {
    if (keepsOrder(compare, 1, count, 1)) return { order: identity(count), presorted: 'ascending' };
    if (keepsOrder(compare, 1, count, -1)) return { order: reversed(count), presorted: 'descending' };
  }
  if (!previous || known === 0) return { order: identity(count).sort(compare), presorted: false };
  const added = identity(count, known).sort(compare);
  return { order: merge(previous.order, added, compare), presorted: false };
}

function merge(left: Int32Array, right: Int32Array, compare: (a: number, b: number) => number): Int32Array {
  const merged = new Int32Array(left.length + right.length);
  let l = 0;
  let r = 0;
  for (let out = 0; out < merged.length; out++) {
    const a = left[l];
    const b = right[r];
    if (b === undefined || (a !== undefined && compare(a, b) <= 0)) {
      merged[out] = a as number;
      l++;
    } else {
      merged[out] = b;
      r++;
    }
  }
  return merged;
}
