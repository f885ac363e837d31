import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ErrorBanner } from '@pc-errors/react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode, RefObject } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { isPartnerCenterRequestError } from '@pc-errors/error-catalog';

interface QueryBoundaryProps {
  children: ReactNode;
  /** Where focus goes when Retry is pressed (the Retry button goes away with the banner): the load's status line. */
  statusRef: RefObject<HTMLElement | null>;
  /** Values whose change clears a shown failure, e.g. when the data was loaded again from elsewhere. */
  resetKeys?: unknown[];
}

/**
 * What renders a query's failure: the queries inside use `throwOnError`, and a PartnerCenterRequestError becomes an
 * ErrorBanner with its fix. Retry clears the failed queries (TanStack Query's reset boundary) and renders the
 * children again, which loads them again.
 */
export function QueryBoundary({ children, statusRef, resetKeys }: QueryBoundaryProps) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ErrorBoundary
      onReset={reset}
      resetKeys={resetKeys}
      fallbackRender={({ error, resetErrorBoundary }) =>
        isPartnerCenterRequestError(error) ? (
          <ErrorBanner
            error={error.error}
            showFix
            headingLevel={2}
            onRetry={() => {
              statusRef.current?.focus();
              resetErrorBoundary();
            }}
          />
        ) : (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>The portal failed</MessageBarTitle>
              {error instanceof Error ? error.message : String(error)}
            </MessageBarBody>
          </MessageBar>
        )
      }
    >
      {children}
    </ErrorBoundary>
  );
}
