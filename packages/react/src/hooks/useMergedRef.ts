import { useCallback, type Ref, type RefObject } from 'react';

/** One callback ref that sets both the component's own ref and the caller's (React 19: `ref` is a prop). */
export function useMergedRef<T>(own: RefObject<T | null>, theirs: Ref<T> | undefined): (node: T | null) => void {
  return useCallback(
    (node: T | null) => {
      own.current = node;
      if (typeof theirs === 'function') return theirs(node);
      if (theirs) theirs.current = node;
      return undefined;
    },
    [own, theirs],
  );
}
