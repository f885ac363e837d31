import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and in the render that hydrates its HTML, true in every other render in the browser. What
 * only the browser knows (its clock, its time zone) is rendered once this is true, so the first client render
 * matches the server's HTML; a component mounted later in the browser has it true from its first render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
