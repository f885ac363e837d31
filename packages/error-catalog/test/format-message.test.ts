import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMessage, getEntry, matchTemplate, placeholdersOf } from '../src';

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

describe('matchTemplate', () => {
  it.each([
    ['Subscription with ID {0} not found.', 'Subscription with ID 5 not found.', { 0: '5' }],
    ['for {1} transfer {0}', 'for pending transfer T-1', { 1: 'pending', 0: 'T-1' }],
    ['{0} {1}', 'a b c', { 0: 'a', 1: 'b c' }],
    ['{0}{1}', 'abc', undefined],
    ['{0} and {0}', 'x and y', { 0: 'x' }],
    ['no placeholders', 'no placeholders', {}],
    ['no placeholders', 'something else', undefined],
    ['Subscription with ID {0} not found.', 'Subscription with ID  not found.', undefined],
    ['Subscription with ID {0} not found.', 'Another text', undefined],
  ] as const)('reads %j from %j', (template, text, expected) => {
    expect(matchTemplate(template, text)).toEqual(expected);
  });

  it('never throws on what is not text', () => {
    expect(matchTemplate(undefined as never, 'x')).toBeUndefined();
    expect(matchTemplate('{0}', 42 as never)).toBeUndefined();
  });

  // The matcher replaces `^literal(.+?)literal(.+?)literal$` (with the `s` flag): on small texts made of the
  // template's own pieces, where the pattern is quick, both must agree value for value.
  it('agrees with the lazy regular expression it replaces', () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pieces = fc.constantFrom('a', 'b', '-', ' ', 'x-y', '.');
    const templates = fc
      // A brace right after a word character or a closing bracket is a quantifier, not a placeholder.
      .array(fc.oneof(pieces, fc.constantFrom(' {0}', ' {1}', ' {2}')), { maxLength: 6 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(templates, fc.array(pieces, { maxLength: 10 }), (template, textParts) => {
        const text = textParts.join('');
        const names = placeholdersOf(template);
        const split = template.split(/\{\d\}/);
        const order = [...template.matchAll(/\{(\d)\}/g)].map((match) => match[1] as string);
        const regex = new RegExp(`^${split.map(escape).join('(.+?)')}$`, 's');
        const match = regex.exec(text);
        const expected = match ? Object.fromEntries(order.map((name, i) => [name, match[i + 1]]).reverse()) : undefined;
        const actual = matchTemplate(template, text);
        if (!names.length) expect(actual).toEqual(text === template ? {} : undefined);
        else expect(actual).toEqual(expected);
      }),
      { numRuns: 5_000 },
    );
  });
});
