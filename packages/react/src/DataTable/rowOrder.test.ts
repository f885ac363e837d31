import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBasic, sortRows, type SortLevel } from './rowOrder';

/** What the order must be: every row's index, sorted stably by the levels in turn. */
function referenceOrder(count: number, levels: SortLevel[]): number[] {
  return Array.from({ length: count }, (_, index) => index).sort((a, b) => {
    for (const { values, compare, desc } of levels) {
      const result = compare(values[a], values[b]);
      if (result !== 0) return desc ? -result : result;
    }
    return a - b;
  });
}

const level = (values: unknown[], desc = false): SortLevel => ({ values, compare: compareBasic, desc });
const smallValues = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 });

describe('sortRows', () => {
  it('orders rows as a stable sort does, either way, over one or two columns', () => {
    fc.assert(
      fc.property(smallValues, fc.boolean(), fc.boolean(), (values, desc, twoLevels) => {
        const second = values.map((value) => (value * 7) % 3);
        const levels = twoLevels ? [level(values, desc), level(second, !desc)] : [level(values, desc)];
        expect([...sortRows(values.length, levels).order]).toEqual(referenceOrder(values.length, levels));
      }),
    );
  });

  it('takes rows already in order, or in reverse, as they come', () => {
    const times = Array.from({ length: 1000 }, (_, index) => `2026-10-01T00:${String(index).padStart(4, '0')}`);
    expect(sortRows(times.length, [level(times)]).presorted).toBe('ascending');
    const newestFirst = sortRows(times.length, [level(times, true)]);
    expect(newestFirst.presorted).toBe('descending');
    expect(newestFirst.order[0]).toBe(999);
    expect(newestFirst.order[999]).toBe(0);
  });

  it('merges appended rows into the previous order, as a full sort would place them', () => {
    fc.assert(
      fc.property(smallValues, smallValues, fc.boolean(), (first, added, desc) => {
        const all = [...first, ...added];
        const previous = sortRows(first.length, [level(first, desc)]);
        const merged = sortRows(all.length, [level(all, desc)], previous);
        expect([...merged.order]).toEqual(referenceOrder(all.length, [level(all, desc)]));
      }),
    );
  });

  it('keeps the data order without a sort', () => {
    expect([...sortRows(4, []).order]).toEqual([0, 1, 2, 3]);
  });
});
