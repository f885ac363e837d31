import { ErrorBanner } from '@pc-errors/react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { isPartnerCenterRequestError } from '@pc-errors/error-catalog';
import { focusPageHeading } from '../router';
import { StatusLine } from './StatusLine';

interface ActionFeedbackProps<TData, TVariables> {
  mutation: UseMutationResult<TData, Error, TVariables>;
  /** What to say, politely, while it runs. @default 'Working…' */
  pending?: string;
  /** What to say when it succeeded. */
  success?: (data: TData, variables: TVariables) => string;
}

/**
 * What happened to the last action: a polite line while it runs or when it succeeded, an ErrorBanner with its fix
 * when it failed. Retry sends the same action again; Retry and Dismiss remove the banner, and the button with it,
 * so focus goes to the status line (which tells how the retry goes) or to the page heading, never to the body.
 */
export function ActionFeedback<TData, TVariables>({
  mutation,
  pending = 'Working…',
  success,
}: ActionFeedbackProps<TData, TVariables>) {
  const statusLine = useRef<HTMLParagraphElement>(null);
  const refocus = useRef<'status' | 'heading' | null>(null);
  // After the render that removed the banner: the status line only shows once it has its text.
  useEffect(() => {
    if (refocus.current === 'status') statusLine.current?.focus();
    if (refocus.current === 'heading') focusPageHeading();
    refocus.current = null;
  });
  const { status, data, variables, error } = mutation;
  const text =
    status === 'pending'
      ? pending
      : status === 'success' && success && variables !== undefined
        ? success(data, variables)
        : '';
  return (
    <>
      <StatusLine ref={statusLine} text={text} />
      {isPartnerCenterRequestError(error) && (
        <ErrorBanner
          error={error.error}
          showFix
          headingLevel={2}
          onRetry={() => {
            refocus.current = 'status';
            if (variables !== undefined) mutation.mutate(variables);
          }}
          onDismiss={() => {
            refocus.current = 'heading';
            mutation.reset();
          }}
        />
      )}
    </>
  );
}
