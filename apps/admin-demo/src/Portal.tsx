import { FluentProvider, makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ApiProvider } from './api/ApiProvider';
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
