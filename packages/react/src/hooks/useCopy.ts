import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Writes text to the clipboard and reports how it went; the report fades after a while. The text may be given as a
 * promise (one read from a module loaded on first use): a text that cannot be made is reported as a failure.
 */
export function useCopy(resetAfterMs = 5000): [CopyState, (text: string | Promise<string>) => Promise<void>] {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string | Promise<string>) => {
      let next: CopyState = 'failed';
      try {
        const value = await text;
        // Absent outside secure contexts (plain http), whatever the DOM types say.
        const clipboard = navigator.clipboard as Clipboard | undefined;
        if (clipboard) {
          await clipboard.writeText(value);
          next = 'copied';
        }
      } catch {
        // refused by permissions or an insecure context, or the text could not be made: say so instead of pretending
      }
      setState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), resetAfterMs);
    },
    [resetAfterMs],
  );
  return [state, copy];
}
