import type { StorybookConfig } from '@storybook/react-vite';
import { workspaceSource } from '@pc-errors/tooling/vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  // The guides (Getting started, Theming, Catalog, recipes) first, then every component's stories.
  stories: ['./docs/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // mockServiceWorker.js for the sandbox (see sandbox.ts); `msw init` keeps it current (the root package.json's
  // "msw.workerDirectory").
  staticDirs: ['./public'],
  viteFinal(viteConfig) {
    // Every @pc-errors package from its source: an edit in any of them hot-reloads the open story.
    viteConfig.plugins = [...(viteConfig.plugins ?? []), workspaceSource()];
    viteConfig.build ??= {};
    viteConfig.build.rolldownOptions = {
      ...viteConfig.build.rolldownOptions,
      // radix-ui's "use client" directives are meaningless in a static Storybook; skip the 48 warnings.
      onwarn(warning, next) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        next(warning);
      },
    };
    return viteConfig;
  },
};
export default config;
