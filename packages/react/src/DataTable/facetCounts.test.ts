import { describe, expect, it } from 'vitest';
import { countFacets, type ValueFilter } from './facetCounts';
import { searchRows } from './search';

const statuses = [404, 409, 404, 500, 409, 404];
const categories = ['not-found', 'conflict', 'not-found', 'service', 'conflict', 'not-found'];
const facets = (count: number) => [
  { id: 'status', values: statuses.slice(0, count) },
  { id: 'category', values: categories.slice(0, count) },
];

describe('countFacets', () => {
  it('counts each facet over the rows the other facets leave', () => {
    const onlyConflicts: ValueFilter[] = [{ id: 'category', values: categories, chosen: new Set(['conflict']) }];
    const { counts } = countFacets(facets(6), 6, undefined, onlyConflicts, 'conflicts');
    expect(counts.get('status')).toEqual(new Map([[409, 2]]));
    // The category facet still offers every category: it does not narrow its own choices.
    expect(counts.get('category')).toEqual(
      new Map([
        ['not-found', 3],
        ['conflict', 2],
        ['service', 1],
      ]),
    );
  });

  it('counts rows a live log appended onto the previous counts, as counting them all would', () => {
    const texts = ['subscription a', 'order', 'subscription b', 'cart', 'subscription c', 'order'];
    const textOf = (index: number) => texts[index]!;
    const noFilters: ValueFilter[] = [];
    const before = countFacets(facets(4), 4, searchRows(textOf, 4, 'subscr'), noFilters, noFilters);
    const after = countFacets(facets(6), 6, searchRows(textOf, 6, 'subscr'), noFilters, noFilters, before);
    const fresh = countFacets(facets(6), 6, searchRows(textOf, 6, 'subscr'), noFilters, noFilters);
    expect(after.counts).toEqual(fresh.counts);
    expect(after.counts.get('status')).toEqual(
      new Map([
        [404, 2],
        [409, 1],
      ]),
    );
  });
});
