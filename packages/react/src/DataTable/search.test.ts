import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeQuery, searchRows, type SearchResult } from './search';

const fullScan = (texts: string[], query: string) =>
  texts.flatMap((text, index) => (text.includes(query) ? [index] : []));

// Texts and queries over a few letters, so that queries often match and often extend one another.
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 12 });

describe('searchRows', () => {
  it('finds the same rows by narrowing as a full scan, whatever the queries and rows appended between them', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.array(fc.record({ query: text, appended: fc.array(text, { maxLength: 5 }) }), { maxLength: 8 }),
        (initial, steps) => {
          const texts = [...initial];
          let previous: SearchResult | undefined;
          for (const { query, appended } of steps) {
            texts.push(...appended);
            const normalized = normalizeQuery(query);
            previous = searchRows((index) => texts[index]!, texts.length, normalized, previous);
            expect([...previous.matches]).toEqual(fullScan(texts, normalized));
          }
        },
      ),
    );
  });

  it('tests only the previous matches when a query extends the one before', () => {
    const texts = ['subscription', 'customer', 'subscriber', 'order'];
    const tested: number[] = [];
    const textOf = (index: number) => {
      tested.push(index);
      return texts[index]!;
    };
    const first = searchRows(textOf, texts.length, 'sub');
    tested.length = 0;
    const second = searchRows(textOf, texts.length, 'subscri', first);
    expect(tested).toEqual([0, 2]);
    expect([...second.matches]).toEqual([0, 2]);
  });
});
