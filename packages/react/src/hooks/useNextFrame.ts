import { useEffect, useState } from 'react';

/**
 * False on the first render, true from the next animation frame on. A live region's content is announced
 * when it changes; a region inserted together with its content often is not (NVDA, VoiceOver). Rendering
 * the content a frame later, as Radix's Toast does, makes the region exist first.
 */
export function useNextFrame(enabled = true): boolean {
  const [ready, setReady] = useState(!enabled);
  useEffect(() => {
    if (ready) return undefined;
    const frame = requestAnimationFrame(() => setReady(true));
    return () => cancelAnimationFrame(frame);
  }, [ready]);
  return ready;
}
