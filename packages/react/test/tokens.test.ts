// @vitest-environment node
// The component CSS against @pc-errors/tokens: it paints only through component tokens, so that
// --pce-banner-danger-surface restyles error banners and nothing else, and no component token goes unused.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { values, type TokenName } from '@pc-errors/tokens';
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
});
