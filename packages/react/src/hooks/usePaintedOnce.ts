import { startTransition, useEffect, useState } from 'react';

/**
 * False until a frame has been painted since `ready` became true, then true (as a transition). Work
 * gated on it never delays that frame; a deferred value alone may still run before the browser paints.
 * @param ready whether what must be seen first is rendered (a table's first rows). @default true
 */
export function usePaintedOnce(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from a frame callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPainted(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
