// @vitest-environment node
// The component CSS against @pc-errors/tokens and the components: it paints only through component tokens, so
// that --pce-banner-danger-surface restyles error banners and nothing else; no component token goes unused; every
// variable it reads exists; and it selects only on classes and attributes some component renders (a renamed class
// or data attribute in a .tsx would otherwise leave its styles silently dead).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { tokens, values, type TokenName } from '@pc-errors/tokens';
import { bundle } from 'lightningcss';
import { describe, expect, test } from 'vitest';

const SRC = new URL('../src/', import.meta.url);
const files = fs.readdirSync(SRC, { recursive: true, encoding: 'utf8' });
const read = (pattern: RegExp) =>
  files
    .filter((file) => pattern.test(file))
    .map((file) => fs.readFileSync(new URL(file, SRC), 'utf8'))
    .join('\n');
const css = read(/\.css$/);
/** The components' source: their inline styles use tokens too (tests and stories left out). */
const markup = read(/^(?!.*\.(test|stories|browser\.test)\.tsx?$).*\.tsx?$/);

const referenced = (source: string) =>
  new Set([...source.matchAll(/--pce-([\w-]+)/g)].map((match) => match[1] as TokenName));
const isColour = (name: TokenName) => values.light[name].startsWith('#');
/** tokens.css declares the component layer last in its :root block, after a `Components` comment. */
const tokensCss = fs.readFileSync(createRequire(import.meta.url).resolve('@pc-errors/tokens/tokens.css'), 'utf8');
const componentLayer = tokensCss.slice(
  tokensCss.indexOf('/* Components */'),
  tokensCss.indexOf('}', tokensCss.indexOf('/* Components */')),
);
const componentTokens = [...componentLayer.matchAll(/--pce-([\w-]+):/g)].map((match) => match[1] as TokenName);

describe('component CSS and tokens', () => {
  test('paints only with component tokens (and the one focus ring colour), never semantic or palette colours', () => {
    const colours = [...referenced(css)].filter(isColour);
    expect(colours.length).toBeGreaterThan(30);
    expect(colours.filter((name) => name !== 'color-focus-ring' && !componentTokens.includes(name))).toEqual([]);
  });

  test('uses every component token, in the CSS or in the components', () => {
    const used = new Set([...referenced(css), ...referenced(markup)]);
    expect(componentTokens.length).toBeGreaterThan(60);
    expect(componentTokens.filter((name) => !used.has(name))).toEqual([]);
  });

  test('reads only variables @pc-errors/tokens defines', () => {
    const used = [...referenced(css), ...referenced(markup)];
    expect(used.length).toBeGreaterThan(60);
    expect(used.filter((name) => !(name in tokens))).toEqual([]);
  });

  test('selects only on classes and attributes the components render', () => {
    const classes = new Set<string>();
    const attributes = new Set<string>();
    // The stylesheet as it ships: src/styles.css and its imports, bundled and parsed by Lightning CSS.
    bundle({
      filename: new URL('styles.css', SRC).pathname,
      visitor: {
        Selector(selector) {
          for (const component of selector) {
            if (component.type === 'class') classes.add(component.name);
            if (component.type === 'attribute') attributes.add(component.name);
          }
        },
      },
    });
    // Set by others: Radix on its parts (data-highlighted on the highlighted menu item), the page (dir).
    const setElsewhere = ['data-highlighted', 'dir'];
    expect(classes.size).toBeGreaterThan(20);
    expect([...classes].filter((name) => !new RegExp(`['"\` ]${name}['"\` ]`).test(markup))).toEqual([]);
    expect(
      [...attributes].filter((name) => !setElsewhere.includes(name) && !new RegExp(`\\b${name}=`).test(markup)),
    ).toEqual([]);
  });
});
