import type { SearchResult } from './search';

/** A facet filter as `useTableRows` applies it: the column's value in every row, and the values chosen. */
export interface ValueFilter {
  id: string;
  values: readonly unknown[];
  chosen: ReadonlySet<unknown>;
}

/** Value counts of each facet column, and what they were counted over. */
export interface FacetCounts {
  counts: Map<string, Map<unknown, number>>;
  /** How many rows of the data were counted. */
  counted: number;
  searched: SearchResult | undefined;
  /** What stands for the filters (the table's filter state): counts carry on only under the same one. */
  filtersKey: unknown;
}

/**
 * Each facet column's value counts over the rows that the search and the other facets' filters leave (a facet
 * does not narrow its own choices). When only rows were appended since `previous` (same filters, the same query),
 * only those rows are counted, onto a copy of the previous counts.
 */
export function countFacets(
  facets: readonly { id: string; values: readonly unknown[] }[],
  rowCount: number,
  searched: SearchResult | undefined,
  filters: readonly ValueFilter[],
  filtersKey: unknown,
  previous?: FacetCounts,
): FacetCounts {
  const resume =
    previous !== undefined &&
    previous.filtersKey === filtersKey &&
    previous.searched?.query === searched?.query &&
    previous.counted <= rowCount;
  const from = resume ? previous.counted : 0;
  const counts = new Map<string, Map<unknown, number>>();
  for (const { id, values } of facets) {
    const others = filters.filter((filter) => filter.id !== id);
    const count = new Map(resume ? previous.counts.get(id) : undefined);
    const tally = (index: number) => {
      for (const { values: otherValues, chosen } of others) if (!chosen.has(otherValues[index])) return;
      count.set(values[index], (count.get(values[index]) ?? 0) + 1);
    };
    if (searched) {
      // Matches are in data order: the appended rows' matches come last.
      for (let at = searched.matches.length - 1; at >= 0 && (searched.matches[at] as number) >= from; at--)
        tally(searched.matches[at] as number);
    } else for (let index = from; index < rowCount; index++) tally(index);
    counts.set(id, count);
  }
  return { counts, counted: rowCount, searched, filtersKey };
}
