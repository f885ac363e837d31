import { startTransition, useEffect, useState } from 'react';

/**
 * False until the first frame after mount has been painted, then true (as a transition). Work gated
 * on it never delays that first frame; a deferred value alone may still run before the browser paints.
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from a frame callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => startTransition(() => setPainted(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
