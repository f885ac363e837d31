import { describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber } from './intl';
import { regionNames } from './regionNames';

describe('Intl, guarded', () => {
  it('names regions, and gives back as is what it cannot name', () => {
    expect(regionNames(['DE', 'ZZZ', 'de', '', 7], 'fr')).toEqual([
      { code: 'DE', name: 'Allemagne' },
      { code: 'ZZZ', name: 'ZZZ' },
      { code: 'de', name: 'de' },
      { code: '', name: '' },
      { code: '7', name: '7' },
    ]);
  });

  it.each(['en_US', '', 'x-invalid-tag-that-is-far-too-long-to-be-one'])(
    'falls back to English for the locale %j',
    (locale) => {
      expect(regionNames(['JP'], locale)).toEqual([{ code: 'JP', name: 'Japan' }]);
      expect(formatNumber(1234.5, locale)).toBe('1,234.5');
      expect(formatDateTime(new Date('2026-11-24T10:00:00Z'), locale, { dateStyle: 'medium', timeZone: 'UTC' })).toBe(
        'Nov 24, 2026',
      );
    },
  );

  it('gives no text for a date it cannot format, instead of throwing', () => {
    expect(formatDateTime(new Date(Number.NaN), 'en', { dateStyle: 'medium' })).toBeUndefined();
    expect(formatDateTime(new Date(), 'en', { dateStyle: 'nonsense' as never })).toBeUndefined();
  });
});
