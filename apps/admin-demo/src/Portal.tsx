import { FluentProvider, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ApiProvider } from './api/ApiProvider';
import { isPartnerCenterRequestError } from '@pc-errors/error-catalog';
import { useSettings } from './api/settings';
import { App } from './App';
import { FLUENT_THEMES } from './shell/theme';

const useStyles = makeStyles({ root: { minHeight: '100vh' } });

/** Fluent UI's theme for the chosen portal theme; everything of ours inside follows it through fluent.css. */
function ThemedPortal({ children }: { children: ReactNode }) {
  const { theme } = useSettings();
  const styles = useStyles();
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.root}>
      {children}
    </FluentProvider>
  );
}

/**
 * What React does with an error a boundary caught: a failed Partner Center call that the boundary renders as an
 * ErrorBanner is the portal doing its job, not a defect to report; anything else is.
 */
export function reportCaughtError(error: unknown, { componentStack }: { componentStack?: string }) {
  if (!isPartnerCenterRequestError(error)) console.error(error, componentStack);
}

/** The whole portal, inside a SettingsProvider: Fluent UI, TanStack Query, the shell and its pages. */
export function Portal() {
  return (
    <ThemedPortal>
      <ApiProvider>
        <App />
      </ApiProvider>
    </ThemedPortal>
  );
}
