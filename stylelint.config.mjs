// Stylelint over every stylesheet of the repository (run by `pnpm lint`): the standard config, and for the
// components' CSS the rules the design system depends on.
/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard'],
  plugins: ['@pc-errors/tooling/stylelint-plugin'],
  ignoreFiles: ['**/dist/**', '**/storybook-static/**', '**/node_modules/**', '**/.test-results/**', 'e2e/out/**'],
  rules: {
    // Blank lines are Prettier's business, and the stylesheets group related rules without them.
    'rule-empty-line-before': null,
    'comment-empty-line-before': null,
    // It compares selectors that never match the same element (a disabled button is never
    // `:hover:not(:disabled)`, an open row is not its expansion); the source order is deliberate.
    'no-descending-specificity': null,
    // `@import './base.css'`, as Lightning CSS bundles it.
    'import-notation': 'string',
    // BEM, as the components name their parts: .pce-banner__icon, .pce-table__row--selected.
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      {
        message: (/** @type {string} */ selector) =>
          `Expected "${selector}" to be kebab-case, with BEM __element and --modifier parts`,
      },
    ],
  },
  overrides: [
    {
      // Component CSS paints only through the tokens, in one cascade layer that consumer CSS overrides.
      files: ['packages/react/src/**/*.css'],
      rules: {
        'pce/in-layer': 'pce',
        'pce/system-colors-in-forced-colors': true,
        // Only the tokens' variables (that each one exists is tested in packages/react/test/tokens.test.ts).
        'custom-property-pattern': ['^pce-', { message: 'Expected a --pce-* variable from @pc-errors/tokens' }],
        'color-no-hex': true,
        'color-named': 'never',
        'function-disallowed-list': [
          'rgb',
          'rgba',
          'hsl',
          'hsla',
          'hwb',
          'lab',
          'lch',
          'oklab',
          'oklch',
          'color',
          'color-mix',
        ],
      },
    },
  ],
};
