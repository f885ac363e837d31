import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme as FluentTheme,
} from '@fluentui/react-components';
import type { Theme } from '../api/settings';

/** Each portal theme as Fluent UI's theme; the components follow it through @pc-errors/tokens/fluent.css. */
export const FLUENT_THEMES: Record<Theme, FluentTheme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

export const THEME_NAMES: Record<Theme, string> = { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' };
