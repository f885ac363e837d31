import { ErrorBanner } from '@pc-errors/react';
import { useEffect, useRef } from 'react';
import type { Call } from '../api/useCall';
import { focusPageHeading } from '../router';

interface CallFeedbackProps<T> {
  call: Call<T>;
  /** What to say, politely, when the call succeeded. */
  success?: (data: T) => string;
  /** What to say while it runs. @default 'Working…' */
  pending?: string;
}

/**
 * What happened to the last call: a polite line while it runs or when it succeeded, an ErrorBanner with its fix when it failed.
 * Retry and Dismiss remove the banner, and the button with it: focus then goes to the status line (which tells how the retry
 * goes) or to the page heading, never to the document body.
 */
export function CallFeedback<T>({ call, success, pending = 'Working…' }: CallFeedbackProps<T>) {
  const { state } = call;
  const statusLine = useRef<HTMLParagraphElement>(null);
  const refocus = useRef<'status' | 'heading' | null>(null);
  // After the render that removed the banner: the status line only shows once it has its text.
  useEffect(() => {
    if (refocus.current === 'status') statusLine.current?.focus();
    if (refocus.current === 'heading') focusPageHeading();
    refocus.current = null;
  });
  const text = state.status === 'pending' ? pending : state.status === 'done' && success ? success(state.data) : '';
  return (
    <>
      <p ref={statusLine} role="status" tabIndex={-1} className="demo-status">
        {text}
      </p>
      {state.status === 'failed' && (
        <ErrorBanner
          error={state.error}
          onRetry={(error) => {
            refocus.current = 'status';
            void call.retry(error);
          }}
          onDismiss={() => {
            refocus.current = 'heading';
            call.reset();
          }}
          showFix
          headingLevel={2}
        />
      )}
    </>
  );
}
