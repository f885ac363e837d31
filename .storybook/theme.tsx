// The Theme toolbar: our own themes (data-pce-theme) and Fluent UI v9's, where the story renders inside a
// FluentProvider and takes its colours through @pc-errors/tokens/fluent.css, as in a Fluent partner portal.
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme as FluentTheme,
} from '@fluentui/react-components';
import type { ResolvedTheme } from '@pc-errors/tokens';
import type { ReactNode } from 'react';

/** Each toolbar theme: its title, and for a Fluent one the Fluent theme and the nearest of ours for the page. */
export const THEMES: Record<string, { title: string; fluent?: FluentTheme; page: ResolvedTheme }> = {
  light: { title: 'Light', page: 'light' },
  dark: { title: 'Dark', page: 'dark' },
  'high-contrast': { title: 'High contrast', page: 'high-contrast' },
  'fluent-light': { title: 'Fluent webLightTheme', fluent: webLightTheme, page: 'light' },
  'fluent-dark': { title: 'Fluent webDarkTheme', fluent: webDarkTheme, page: 'dark' },
  'fluent-high-contrast': {
    title: 'Fluent teamsHighContrastTheme',
    fluent: teamsHighContrastTheme,
    page: 'high-contrast',
  },
};

/** The canvas in the chosen theme: `data-pce-theme` on it, or a FluentProvider around it. */
export function ThemedCanvas({ theme, lang, children }: { theme: string; lang?: string; children: ReactNode }) {
  const chosen = THEMES[theme] ?? { title: theme, page: 'light' };
  // The theme goes on <html> too, so the page behind the story matches it.
  document.documentElement.setAttribute('data-pce-theme', chosen.page);
  const canvas = (
    <div data-pce-theme={chosen.fluent ? undefined : theme} className="sb-pce-canvas" lang={lang}>
      {children}
    </div>
  );
  return chosen.fluent ? <FluentProvider theme={chosen.fluent}>{canvas}</FluentProvider> : canvas;
}
