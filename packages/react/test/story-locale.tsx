import type { Decorator } from '@storybook/react-vite';
import { I18nProvider, type I18nProviderProps } from '../src/i18n/I18nProvider';

/** A story decorator that renders the story in another locale (strings, catalog text, number and country names). */
export const inLocale =
  (props: Omit<I18nProviderProps, 'children'>): Decorator =>
  (Story) => (
    <I18nProvider {...props}>
      <Story />
    </I18nProvider>
  );
