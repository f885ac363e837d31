// Every story as a test in Debian's Chromium, through Storybook's Vitest addon: loaders, render and play function
// run, and the a11y addon fails a story on any axe violation (parameters.a11y.test = 'error' in preview.tsx).
// One Vitest project per theme (the `theme` global: ours, and Fluent's through the bridge), so each story × theme is
// one test; the stories tagged `pseudo-locale` run once more per theme of ours with the pseudo-locale (the `locale`
// global).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumBrowser, reporters } from '@pc-errors/tooling/vitest';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const configDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.storybook');
// Our three themes, and Fluent UI v9's three with the stories inside a FluentProvider (.storybook/theme.tsx).
const THEMES = ['light', 'dark', 'high-contrast', 'fluent-light', 'fluent-dark', 'fluent-high-contrast'] as const;

function storiesIn(theme: (typeof THEMES)[number], locale: 'en' | 'pseudo'): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({
        configDir,
        initialGlobals: { theme, locale },
        ...(locale === 'pseudo' ? { tags: { include: ['pseudo-locale'] } } : {}),
      }),
    ],
    test: {
      name: locale === 'en' ? `storybook:${theme}` : `storybook:${theme}:pseudo-locale`,
      testTimeout: 60_000,
      setupFiles: [path.join(configDir, 'vitest.setup.ts')],
      // Three projects at a time (light, dark and high contrast in turn, ours and Fluent's): nine Vite servers and
      // Chromiums at once on two cores slow the first lazy chunk past a play function's wait.
      sequence: { groupOrder: THEMES.indexOf(theme) % 3 },
      // A Chromium of a busy machine may take longer to connect than the default minute.
      browser: chromiumBrowser({ connectTimeout: 180_000 }),
    },
  };
}

export default defineConfig({
  test: {
    reporters,
    projects: THEMES.flatMap((theme) =>
      theme.startsWith('fluent-') ? [storiesIn(theme, 'en')] : [storiesIn(theme, 'en'), storiesIn(theme, 'pseudo')],
    ),
  },
});
