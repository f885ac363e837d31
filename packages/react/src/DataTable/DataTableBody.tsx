import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

/** Stands in for the rows above or below the rendered window; a row needs a cell to take a height. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tbody aria-hidden="true" className="pce-table__spacer">
      <tr>
        <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
      </tr>
    </tbody>
  );
}

/** The fixed columns' widths plus room for the flexible ones, which fixed layout would otherwise squeeze to nothing. */
export function minWidthOf(widths: (string | undefined)[]): string {
  const fixed = widths.filter((width) => width !== undefined);
  const flexible = widths.length - fixed.length;
  return `calc(${[...fixed, `${Math.max(flexible, 1) * 16}em`].join(' + ')})`;
}

/** How many of the sorted `positions` are below `position`. */
export function countBelow(positions: readonly number[], position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((positions[middle] ?? Infinity) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The rendered window of rows, with spacers for the rows not rendered, including the gap around a focused row
 * kept far from the window.
 */
export function VirtualBody({
  items,
  totalSize,
  columnCount,
  renderRow,
}: {
  items: VirtualItem[];
  totalSize: number;
  columnCount: number;
  renderRow: (item: VirtualItem) => ReactNode;
}) {
  const body: ReactNode[] = [];
  let cursor = 0;
  for (const item of items) {
    if (item.start > cursor)
      body.push(<Spacer key={`gap-${item.index}`} height={item.start - cursor} columns={columnCount} />);
    body.push(renderRow(item));
    cursor = Math.max(cursor, item.end);
  }
  if (totalSize > cursor) body.push(<Spacer key="end" height={totalSize - cursor} columns={columnCount} />);
  return body;
}
