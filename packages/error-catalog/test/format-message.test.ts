import { describe, expect, it } from 'vitest';
import { formatMessage, getEntry } from '../src';

describe('formatMessage', () => {
  it.each([
    ['Subscription with ID {0} not found.', ['abc'], 'Subscription with ID abc not found.'],
    ['for {1} transfer {0}', ['T-1', 'pending'], 'for pending transfer T-1'],
    [
      'productId: {0}, skuId: {1} for a customer with ID: {3}',
      ['P', 'S', 'x', 'C'],
      'productId: P, skuId: S for a customer with ID: C',
    ],
    ['a {0} b {1}', ['only-one'], 'a only-one b {1}'],
    ['The New-Commerce subscription ID is {GUID}.', { GUID: '1f0e' }, 'The New-Commerce subscription ID is 1f0e.'],
    ['limit of {maximum percentage} and {other}', { 'maximum percentage': '150%' }, 'limit of 150% and {other}'],
    ['format ^(\\\\d{7}|\\\\d{10})$ and {0}', ['x'], 'format ^(\\\\d{7}|\\\\d{10})$ and x'],
    ['{0} and {0}', [7], '7 and 7'],
    ['no placeholders', ['x'], 'no placeholders'],
    ['keys "0" work too: {0}', { 0: 'yes' }, 'keys "0" work too: yes'],
    ['null stays: {0}', [null], 'null stays: {0}'],
    ['$& and $1 are not patterns: {0}', ['$1 $&'], '$& and $1 are not patterns: $1 $&'],
  ] as const)('fills %j', (template, args, expected) => {
    expect(formatMessage(template, args as unknown as unknown[])).toBe(expected);
  });

  it('fills the documented 10021 notice with its named values', () => {
    const text = formatMessage(getEntry('10021', 200)!.message, {
      'maximum percentage': '200%',
      'current purchase quantity': 60,
      'customer maximum purchase quantity': 50,
    });
    expect(text).toContain('maximum purchase limit of 200% multiplied');
    expect(text).toContain('This purchase of 60 licenses exceeds the current maximum limit of 50.');
  });

  it('leaves a placeholder whose value cannot be shown, and never throws', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(formatMessage('x {0}', [cyclic])).toBe('x {0}');
    expect(formatMessage('x {0}', [{ a: 1 }])).toBe('x {"a":1}');
    expect(formatMessage(undefined as unknown as string, [])).toBe('');
  });
});
