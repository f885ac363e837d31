import type { ReactTable } from '@tanstack/react-table';
import type { RowData } from '@tanstack/react-table';
import { DropdownMenu } from 'radix-ui';
import { memo, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../i18n/intl';
import type { Features } from './features';

export interface Facet {
  /** The column whose values are offered as filters. */
  columnId: string;
  label: string;
  /** How a value is shown on its chip. */
  format?: (value: unknown) => string;
}

interface ToolbarProps<TData extends RowData> {
  table: ReactTable<Features, TData>;
  /** The table's state: the toolbar renders again only when it (or its own props) changes. */
  state: unknown;
  search: string;
  onSearchChange: (value: string) => void;
  facets: Facet[];
  /**
   * Counts each facet's values over the rows the other filters leave; a new function when those rows change.
   * Counting passes over every row once per facet: undefined until the first rows are painted, and then
   * counted in a deferred render, after the rows of a keystroke are painted.
   */
  countFacets: ((columnIds: readonly string[]) => Map<string, Map<unknown, number>>) | undefined;
}

const byValue = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));

function FacetFilter<TData extends RowData>({
  table,
  facet,
  counts,
}: {
  table: ToolbarProps<TData>['table'];
  facet: Facet;
  counts: Map<unknown, number>;
}) {
  const { locale } = useI18n();
  const column = table.getColumn(facet.columnId);
  const labelId = useId();
  if (!column) return null;
  const selected = (column.getFilterValue() as unknown[] | undefined) ?? [];
  const values = [...new Set([...counts.keys(), ...selected])].sort(byValue);
  const toggle = (value: unknown) => {
    const next = selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value];
    column.setFilterValue(next.length ? next : undefined);
  };
  return (
    <div role="group" aria-labelledby={labelId} className="pce-table__facet" data-slot="facet-filter">
      <span id={labelId} className="pce-table__facet-label">
        {facet.label}
      </span>
      {values.map((value) => (
        <button
          key={String(value)}
          type="button"
          className="pce-chip"
          aria-pressed={selected.includes(value)}
          onClick={() => toggle(value)}
        >
          {facet.format ? facet.format(value) : String(value)}{' '}
          <span className="pce-chip__count">{formatNumber(counts.get(value) ?? 0, locale)}</span>
        </button>
      ))}
    </div>
  );
}

function ColumnMenu<TData extends RowData>({
  table,
  container,
}: {
  table: ToolbarProps<TData>['table'];
  container: HTMLElement | null;
}) {
  const { messages } = useI18n();
  return (
    // Not modal: a modal menu hides the page with aria-hidden while its buttons stay focusable, and a
    // column menu has no reason to trap anyone. Escape, Tab or a click outside closes it.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="pce-button" data-variant="ghost">
        {messages.columnsMenu}
      </DropdownMenu.Trigger>
      {/* Rendered inside the table, not at the end of <body>, so that a theme set on any ancestor reaches it. */}
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content className="pce-menu" align="end" sideOffset={4}>
          {table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => (
              <DropdownMenu.CheckboxItem
                key={column.id}
                className="pce-menu__item"
                checked={column.getIsVisible()}
                onCheckedChange={(checked) => column.toggleVisibility(checked)}
                onSelect={(event) => event.preventDefault()}
              >
                <DropdownMenu.ItemIndicator className="pce-menu__check" aria-hidden="true">
                  ✓
                </DropdownMenu.ItemIndicator>
                {typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}
              </DropdownMenu.CheckboxItem>
            ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** Search box, facet chips, column menu and "Clear filters" above a table. */
function DataTableToolbarImpl<TData extends RowData>({
  table,
  search,
  onSearchChange,
  facets,
  countFacets,
}: ToolbarProps<TData>) {
  const { messages } = useI18n();
  const deferredCount = useDeferredValue(countFacets);
  const counts = useMemo(() => deferredCount?.(facets.map((facet) => facet.columnId)), [deferredCount, facets]);
  const searchId = useId();
  const searchBox = useRef<HTMLInputElement>(null);
  const [toolbar, setToolbar] = useState<HTMLDivElement | null>(null);
  const filtered = search !== '' || table.state.columnFilters.length > 0;
  return (
    <div ref={setToolbar} className="pce-table__toolbar" data-slot="table-toolbar">
      <div className="pce-table__search">
        <label htmlFor={searchId}>{messages.search}</label>
        <input
          ref={searchBox}
          id={searchId}
          type="search"
          className="pce-input"
          value={search}
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onSearchChange(event.target.value)}
        />
      </div>
      {counts &&
        facets.map((facet) => (
          <FacetFilter
            key={facet.columnId}
            table={table}
            facet={facet}
            counts={counts.get(facet.columnId) ?? new Map()}
          />
        ))}
      <div className="pce-table__tools">
        {filtered && (
          <button
            type="button"
            className="pce-button"
            data-variant="ghost"
            onClick={() => {
              onSearchChange('');
              table.resetColumnFilters();
              // The button goes away with the filters: focus goes where the next search starts, not to the page.
              searchBox.current?.focus();
            }}
          >
            {messages.clearFilters}
          </button>
        )}
        <ColumnMenu table={table} container={toolbar} />
      </div>
    </div>
  );
}

/**
 * The toolbar renders again when the table's state, the rows or the toolbar's own props change, not when the
 * table scrolls. (`table` is a new object on every render of useTable; its state keeps its identity until it changes.)
 */
export const DataTableToolbar = /* @__PURE__ */ memo(
  DataTableToolbarImpl,
  (previous, next) =>
    previous.state === next.state &&
    previous.search === next.search &&
    previous.onSearchChange === next.onSearchChange &&
    previous.facets === next.facets &&
    previous.countFacets === next.countFacets,
) as typeof DataTableToolbarImpl;
