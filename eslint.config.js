// One lint configuration for the whole repository: `pnpm lint` runs it with `prettier --check`, zero warnings allowed.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      'e2e/out/**',
      '**/.test-results/**',
      '**/mockServiceWorker.js',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      // Template literals with numbers are how every message of this repository is written.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `void promise` marks a promise deliberately not awaited (an event handler's fire-and-forget).
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `text || fallback` is meant for strings: an empty description or ID is as good as none.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // `.catch(() => {})`: a failure deliberately ignored, said where it happens.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // It asks for `x!`, which no-non-null-assertion forbids; a checked value or an `as` cast says more.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },
  {
    // Browser code inside Node scripts (page.evaluate callbacks) and the benchmark pages.
    files: ['e2e/**', '**/bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Public functions of the catalog take what callers really pass, not what the types promise: a body's
    // field typed `string` may be a number, a getter may throw. Checks the types call unnecessary stay.
    files: ['packages/error-catalog/src/**'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' },
  },
  {
    // The parser removes control characters on purpose; its patterns name them.
    files: ['packages/error-catalog/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests, stories and benchmarks index fixtures they wrote themselves: `rows[0]!` says so.
    files: ['**/test/**', '**/*.test.{ts,tsx}', '**/*.stories.tsx', '**/bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Play functions, MSW resolvers and test callbacks are async by contract, awaiting or not.
      '@typescript-eslint/require-await': 'off',
      // expect.objectContaining() and friends are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.strict],
    rules: {
      // Reports that TanStack's hooks return functions the React Compiler cannot memoize; we do not use the compiler.
      'react-hooks/incompatible-library': 'off',
      // A scrolling region takes focus so that a keyboard can scroll it (axe: scrollable-region-focusable).
      // Arrow keys between a table's focusable rows are handled once, at the table, not on each row.
      'jsx-a11y/no-noninteractive-element-interactions': [
        'error',
        {
          handlers: ['onClick', 'onMouseDown', 'onMouseUp', 'onKeyPress', 'onKeyDown', 'onKeyUp'],
          table: ['onKeyDown'],
        },
      ],
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['tabpanel', 'region'], tags: [] }],
    },
  },
);
