// @pc-errors/react's CSS (packages/react/src/**/*.css) against these tokens and the components' markup: that it
// paints only through component tokens, that every component token is used, that the fixture the contrast test
// reads is the real markup, and that every state and the focus stay visible when the browser forces colours.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { values, type TokenName } from '../dist/tokens.js';
import { appearance, componentCss, elements, forcedTextPairs, hovered, rules, rulesInUse, withFocus, type State } from './support/drawn.js';
import { page, statePairs, walk, type Element } from './support/fixture.js';

const REACT_SRC = new URL('../../react/src/', import.meta.url);
/** The components' source, tests and stories left out. */
const markup = fs
  .readdirSync(REACT_SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file) && !/\.(test|stories|browser\.test)\.tsx?$/.test(file))
  .map((file) => fs.readFileSync(new URL(file, REACT_SRC), 'utf8'))
  .join('\n');

const referenced = (source: string) => new Set([...source.matchAll(/--pce-([\w-]+)/g)].map((match) => match[1] as TokenName));
const isColour = (name: TokenName) => /^#/.test(values.light[name] ?? '');
const componentTokens = fs
  .readdirSync(new URL('../tokens/components/', import.meta.url))
  .flatMap((file) => {
    const json = JSON.parse(fs.readFileSync(new URL(`../tokens/components/${file}`, import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
    return Object.entries(json).flatMap(([component, tokens]) => Object.keys(tokens).filter((key) => !key.startsWith('$')).map((key) => `${component}-${key}`));
  })
  .sort();
const label = (element: Element) => `${element.tag}${element.classes.map((name) => `.${name}`).join('')}`;

describe('component CSS and tokens', () => {
  test('paints only with component tokens (and the one focus ring colour), never semantic or palette colours', () => {
    const colours = [...referenced(componentCss)].filter(isColour);
    expect(colours.filter((name) => name.startsWith('color-') && name !== 'color-focus-ring')).toEqual([]);
    expect(colours.filter((name) => !name.startsWith('color-')).every((name) => componentTokens.includes(name))).toBe(true);
  });

  test('uses every component token, in the CSS or in the components', () => {
    const used = new Set([...referenced(componentCss), ...referenced(markup)]);
    expect(componentTokens.length).toBeGreaterThan(60);
    expect(componentTokens.filter((name) => !used.has(name as TokenName))).toEqual([]);
  });
});

describe('the fixture the contrast test reads', () => {
  test('uses only classes and attributes the components render', () => {
    const fixture = [...walk(page)];
    const classes = new Set(fixture.flatMap((element) => element.classes));
    const attributes = new Set(fixture.flatMap((element) => [...element.attributes.keys()].filter((name) => /^(data|aria)-/.test(name))));
    expect([...classes].filter((name) => !new RegExp(`['"\` ]${name}['"\` ]`).test(markup))).toEqual([]);
    expect([...attributes].filter((name) => !new RegExp(`\\b${name}=`).test(markup))).toEqual([]);
  });

  test('holds a part for every CSS rule that paints, in some state, with colours forced or not', () => {
    const PAINTING = new Set(['color', 'background', 'border-color', 'outline-color', 'forced-color-adjust']);
    const used = new Set([...rulesInUse(false), ...rulesInUse(true)]);
    const unused = rules.filter((rule) => !used.has(rule) && rule.declarations.some(([channel]) => PAINTING.has(channel)));
    expect(unused.map((rule) => rule.selectors.map((selector) => selector.text).join(', '))).toEqual([]);
  });
});

describe('keyboard focus is visible', () => {
  const focusable = elements.filter((element) => element.focusable);
  test.for(focusable.flatMap((element) => [false, true].map((forced) => [label(element), forced, element] as const)))(
    '%s, forced colours: %s',
    ([, forced, element]) => {
      for (const states of [new Map<Element, Set<State>>(), hovered(element)]) {
        expect(appearance(element, withFocus(states, element), forced)).not.toEqual(appearance(element, states, forced));
      }
    },
  );
});

describe('under forced colours (Windows contrast themes), nothing is shown by a fill alone', () => {
  test.for(statePairs)('%s look different', ([, first, second]) => {
    expect(appearance(first, new Map(), true)).not.toEqual(appearance(second, new Map(), true));
  });

  test('text keeps the system colour made for its background (HighlightText on Highlight…), so it stays legible', () => {
    // The pairs CSS Color 4 defines; the user's palette guarantees their contrast, nothing else.
    const ON: Record<string, string[]> = {
      Canvas: ['CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'GrayText', 'ButtonText', 'FieldText'],
      Highlight: ['HighlightText'],
      Mark: ['MarkText'],
      SelectedItem: ['SelectedItemText'],
      AccentColor: ['AccentColorText'],
    };
    const pairs = forcedTextPairs();
    expect(pairs.some((pair) => pair.text === 'HighlightText' && pair.surface === 'Highlight')).toBe(true);
    expect(pairs.filter((pair) => !ON[pair.surface]?.includes(pair.text))).toEqual([]);
  });

  test('icons keep a visible shape', () => {
    const icons = elements.filter((element) => element.graphic);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(appearance(icon, new Map(), true)[0] ?? '').toMatch(/fill (?!\|)\S+|border (?!none)\S+/);
  });
});
