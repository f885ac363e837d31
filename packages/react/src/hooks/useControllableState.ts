import { useCallback, useState } from 'react';

/**
 * The usual controlled-or-not state: `value` wins when given; otherwise the component keeps its own,
 * starting at `defaultValue`. `onChange` hears every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [own, setOwn] = useState(defaultValue);
  const current = value === undefined ? own : value;
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(current) : next;
      if (value === undefined) setOwn(resolved);
      onChange?.(resolved);
    },
    [current, value, onChange],
  );
  return [current, set];
}
