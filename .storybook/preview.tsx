import type { Preview } from '@storybook/react-vite';
import { I18nProvider, pseudoMessages } from '@pc-errors/react';
import '@pc-errors/tokens/tokens.css';
import '@pc-errors/tokens/fluent.css';
import '@pc-errors/react/styles.css';
import './preview.css';
import { startSandbox } from './sandbox';
import { ThemedCanvas, THEMES } from './theme';

const preview: Preview = {
  tags: ['autodocs'],
  // The sandbox answers /v1/… before any story loads ("Live from the sandbox" stories fetch from it).
  async beforeAll() {
    await startSandbox();
  },
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    controls: { matchers: { date: /At$/ } },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme: data-pce-theme, or a Fluent UI v9 theme through FluentProvider and fluent.css',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: Object.entries(THEMES).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Strings: English or the pseudo-locale (accented, 40% longer)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'pseudo', title: 'Pseudo-locale' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    (Story, context) => {
      const theme = String(context.globals.theme ?? 'light');
      const pseudo = context.globals.locale === 'pseudo';
      return (
        <I18nProvider messages={pseudo ? pseudoMessages : undefined}>
          {/* en-XA is the pseudo-locale's BCP 47 tag: the accented text is not plain English. */}
          <ThemedCanvas theme={theme} lang={pseudo ? 'en-XA' : undefined}>
            <Story />
          </ThemedCanvas>
        </I18nProvider>
      );
    },
  ],
};
export default preview;
