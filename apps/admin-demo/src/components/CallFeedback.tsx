import { ErrorBanner } from '@pc-errors/react';
import type { PartnerCenterError } from '@pc-errors/error-catalog';
import type { CallState } from '../api/useCall';

interface CallFeedbackProps<T> {
  state: CallState<T>;
  onRetry: (error: PartnerCenterError) => void;
  onDismiss: () => void;
  /** What to say, politely, when the call succeeded. */
  success?: (data: T) => string;
  pending?: string;
}

/** What happened to the last call: a polite line while it runs or when it succeeded, an ErrorBanner with its fix when it failed. */
export function CallFeedback<T>({ state, onRetry, onDismiss, success, pending = 'Working…' }: CallFeedbackProps<T>) {
  return (
    <>
      <p role="status" className="demo-status">
        {state.status === 'pending' ? pending : state.status === 'done' && success ? success(state.data) : ''}
      </p>
      {state.status === 'failed' && <ErrorBanner error={state.error} onRetry={onRetry} onDismiss={onDismiss} showFix headingLevel={2} />}
    </>
  );
}
