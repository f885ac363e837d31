// Workspace packages read from their TypeScript source in development: each package's `exports` has a `source`
// condition (first, before `types` and `import`) that points at src/, and this plugin asks Vite to honour it.
// Published packages keep `import`/`types` pointing at dist/, which is what consumers get.
import { defaultClientConditions, defaultServerConditions } from 'vite';

/** The export condition that points a workspace package at its source. `tsc -b` has it as `customConditions`. */
export const SOURCE_CONDITION = 'source';

/**
 * A Vite plugin that resolves `@pc-errors/*` (and any package with a `source` export condition) from source, for
 * the dev server, Vitest and Storybook, so an edit in any package reaches them without a build.
 * @param {{ apply?: 'serve' | 'build' }} [options] `apply: 'serve'` keeps production builds on the packages' dist/.
 * @returns {import('vite').Plugin}
 * @example
 * export default defineConfig({ plugins: [react(), workspaceSource()] });
 */
export function workspaceSource(options = {}) {
  return {
    name: 'pc-errors:workspace-source',
    ...(options.apply ? { apply: options.apply } : {}),
    config: () => ({
      resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
      ssr: { resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions] } },
    }),
  };
}
