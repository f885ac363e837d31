import type { PartnerCenterError } from '@pc-errors/error-catalog';
import type { ScenarioName } from '@pc-errors/sandbox';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Theme = 'light' | 'dark' | 'high-contrast';

interface Settings {
  scenario: ScenarioName;
  setScenario: (scenario: ScenarioName) => void;
  theme: Theme;
  setTheme: (theme: Theme) => void;
  timeoutMs: number;
  /** Every error of this session, newest first: the Error log page lists them. */
  errors: PartnerCenterError[];
  logError: (error: PartnerCenterError) => void;
}

const SettingsContext = createContext<Settings | null>(null);

export function SettingsProvider({ children, timeoutMs = 5000 }: { children: ReactNode; timeoutMs?: number }) {
  const [scenario, setScenario] = useState<ScenarioName>('happy-path');
  const [theme, setThemeState] = useState<Theme>('light');
  const [errors, setErrors] = useState<PartnerCenterError[]>([]);
  const setTheme = useCallback((next: Theme) => {
    // The page around the Fluent shell (and anything outside its provider) takes our matching theme.
    document.documentElement.setAttribute('data-pce-theme', next);
    setThemeState(next);
  }, []);
  const logError = useCallback((error: PartnerCenterError) => setErrors((current) => [error, ...current]), []);
  const value = useMemo(
    () => ({ scenario, setScenario, theme, setTheme, timeoutMs, errors, logError }),
    [scenario, theme, setTheme, timeoutMs, errors, logError],
  );
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings needs a SettingsProvider');
  return settings;
}
