// What @pc-errors/react's CSS draws on the fixture page: every foreground (text, a control's border or fill, an
// icon, the focus ring) with the surface behind it, in every state a user can bring about (hover, keyboard
// focus, and the states the fixture holds); and how each part looks when the browser forces colours.
import fs from 'node:fs';
import { values, type TokenName } from '../../dist/tokens.js';
import { page, walk, type Element } from './fixture.js';
import { cascade, isSystemColour, parseStylesheet, type Channel, type Rule, type Subject } from './stylesheet.js';

const REACT_SRC = new URL('../../../react/src/', import.meta.url);

/** src/styles.css with its @imports inlined, as packages/react/scripts/build-css.mjs builds it. */
export const componentCss = fs
  .readFileSync(new URL('styles.css', REACT_SRC), 'utf8')
  .replace(/@import '([^']+)';/g, (_, file: string) => fs.readFileSync(new URL(file, REACT_SRC), 'utf8'));

const tokenNames = new Set(Object.keys(values.light));
const isColourToken = (name: string) => tokenNames.has(name) && /^#[0-9a-f]{6,8}$/i.test(values.light[name as TokenName]);
export const rules: readonly Rule[] = parseStylesheet(componentCss, isColourToken);

/** A colour as the CSS gives it: a token, a system colour (forced colours only) or nothing. */
export type Paint = { token: TokenName } | { system: string } | null;
export type Kind = 'text' | 'ui';
export interface Pair {
  kind: Kind;
  foreground: TokenName;
  background: TokenName;
  /** The first part found drawing it, for messages. */
  where: string;
}

export type State = 'hover' | 'focus-visible';
interface Drawn {
  element: Element;
  pseudo: string | null;
  subject: Subject;
  values: Map<Channel, string>;
  color: Paint;
  /** Its own fill; `surface` is the fill it shows (its own or an ancestor's), `outer` the one around it. */
  fill: Paint;
  surface: Paint;
  outer: Paint;
  forcedAdjust: string;
  /** forced-color-adjust on the element whose fill `surface` is. */
  surfaceAdjust: string;
  hidden: boolean;
}

const describe = (element: Element) => `${element.tag}${element.classes.map((name) => `.${name}`).join('')}`;

function paint(value: string | undefined, current: Paint, inherited: Paint): Paint {
  if (value === undefined || value === 'inherit') return inherited;
  if (/^currentcolor$/i.test(value)) return current;
  if (value === 'transparent' || value === 'none') return null;
  if (isSystemColour(value)) return { system: value };
  const token = /^var\(--pce-([\w-]+)\)$/.exec(value)?.[1];
  if (token && isColourToken(token)) return { token: token as TokenName };
  throw new Error(`a colour the checks cannot read: ${value}`);
}

/**
 * Renders `target` and everything inside it, with `states` on the elements that have them (hovering an element
 * hovers its ancestors too) and the page's surface and text behind it; calls `visit` for each part drawn.
 */
function render(target: Element, states: Map<Element, Set<State>>, forced: boolean, visit: (drawn: Drawn) => void, used?: Set<Rule>) {
  const PAGE_SURFACE: Paint = { token: 'color-surface-default' };
  const PAGE_TEXT: Paint = { token: 'color-text-default' };
  const draw = (element: Element, parent: Drawn | null): Drawn => {
    const stateSet = states.get(element) ?? new Set<State>();
    const attributes = new Map(element.attributes);
    if (stateSet.has('focus-visible')) for (const [name, value] of Object.entries(element.focusAttributes)) attributes.set(name, value);
    const subject: Subject = {
      tag: element.tag,
      classes: new Set(element.classes),
      attributes,
      states: stateSet,
      empty: !element.text && element.children.length === 0,
      parent: parent?.subject ?? null,
    };
    return style(element, null, subject, parent);
  };
  const style = (element: Element, pseudo: string | null, subject: Subject, parent: Drawn | null): Drawn => {
    const { values: cascaded, rules: applied } = cascade(rules, subject, pseudo, forced);
    for (const rule of applied) used?.add(rule);
    const inheritedColor = parent ? parent.color : PAGE_TEXT;
    const color = paint(cascaded.get('color'), inheritedColor, inheritedColor);
    const fill = parent ? paint(cascaded.get('background') ?? 'transparent', color, null) : PAGE_SURFACE;
    const outer = parent ? parent.surface : PAGE_SURFACE;
    const forcedAdjust = cascaded.get('forced-color-adjust') ?? parent?.forcedAdjust ?? 'auto';
    const hidden = cascaded.get('display') === 'none' || (parent?.hidden ?? false);
    const surfaceAdjust = fill ? forcedAdjust : (parent?.surfaceAdjust ?? 'auto');
    return { element, pseudo, subject, values: cascaded, color, fill, surface: fill ?? outer, outer, forcedAdjust, surfaceAdjust, hidden };
  };
  const visitTree = (element: Element, parent: Drawn | null) => {
    const drawn = draw(element, parent);
    visit(drawn);
    for (const pseudo of ['before', 'after', 'placeholder']) {
      const part = style(element, pseudo, drawn.subject, drawn);
      const content = part.values.get('content');
      if ((content && content !== 'none') || (pseudo === 'placeholder' && element.attributes.has('placeholder'))) visit(part);
    }
    for (const child of element.children) visitTree(child, drawn);
  };
  const ancestors: Element[] = [];
  for (let ancestor = target.parent; ancestor; ancestor = ancestor.parent) ancestors.unshift(ancestor);
  visitTree(target, ancestors.reduce<Drawn | null>((parent, ancestor) => draw(ancestor, parent), null));
}

const elements = [...walk(page)];
const ancestorsOf = (element: Element) => {
  const chain: Element[] = [];
  for (let at: Element | null = element; at; at = at.parent) chain.push(at);
  return chain;
};
const hovered = (element: Element) => new Map(ancestorsOf(element).map((at): [Element, Set<State>] => [at, new Set<State>(['hover'])]));
const withFocus = (states: Map<Element, Set<State>>, element: Element) =>
  new Map<Element, Set<State>>([...states, [element, new Set<State>([...(states.get(element) ?? []), 'focus-visible'])]]);

/** Every situation a user can bring about: the page as is, each part hovered, each focusable part focused (hovered or not). */
function* scenes(): Generator<[Element, Map<Element, Set<State>>]> {
  yield [page, new Map<Element, Set<State>>()];
  for (const element of elements) {
    yield [element, hovered(element)];
    if (element.focusable) {
      yield [element, withFocus(new Map(), element)];
      yield [element, withFocus(hovered(element), element)];
    }
  }
}

const isDisabled = (drawn: Drawn) => drawn.subject.attributes.has('disabled') || drawn.subject.attributes.get('aria-disabled') === 'true';

/** Borders nobody relies on to find a control (table rows, panel outlines): `color.border.default` and its aliases. */
export const isDecorative = (name: TokenName) =>
  (['light', 'dark', 'high-contrast'] as const).every((theme) => values[theme][name] === values[theme]['color-border-default']);

/** Every (foreground, background) pair the components draw, in any state, with colours not forced. */
export function drawnPairs(): Pair[] {
  const pairs = new Map<string, Pair>();
  const add = (kind: Kind, foreground: Paint, background: Paint, drawn: Drawn) => {
    if (!foreground || !background) return;
    if (!('token' in foreground) || !('token' in background)) throw new Error(`${describe(drawn.element)} paints a system colour outside forced colours`);
    const key = `${kind} ${foreground.token} ${background.token}`;
    if (!pairs.has(key)) pairs.set(key, { kind, foreground: foreground.token, background: background.token, where: `${describe(drawn.element)}${drawn.pseudo ? `::${drawn.pseudo}` : ''}` });
  };
  for (const [target, states] of scenes()) {
    render(
      target,
      states,
      false,
      (drawn) => {
        if (drawn.hidden) return;
        const { element, values: style } = drawn;
        if (element.text || drawn.pseudo) add('text', drawn.color, drawn.surface, drawn);
        if (drawn.pseudo) return;
        const border = style.get('border-style') === 'solid' ? paint(style.get('border-color'), drawn.color, null) : null;
        const identifyingBorder = border && 'token' in border && !isDecorative(border.token) ? border : null;
        if (!isDisabled(drawn)) add('ui', identifyingBorder, drawn.outer, drawn);
        if (element.graphic) add('ui', drawn.fill, drawn.outer, drawn);
        if (element.control && !isDisabled(drawn) && !identifyingBorder) add('ui', drawn.fill, drawn.outer, drawn);
        if (drawn.subject.states.has('focus-visible') && style.get('outline-style') === 'solid') {
          const inset = /^calc\(-/.test(style.get('outline-offset') ?? '');
          add('ui', paint(style.get('outline-color'), drawn.color, null), inset ? drawn.surface : drawn.outer, drawn);
        }
      },
    );
  }
  const order = (pair: Pair) => `${pair.kind === 'text' ? 0 : 1} ${pair.foreground} ${pair.background}`;
  return [...pairs.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

// ---- Forced colours ----------------------------------------------------------------------------------------

const tokensCss = fs.readFileSync(new URL('../../dist/tokens.css', import.meta.url), 'utf8');
const declarationsOf = (block: string) => new Map([...block.matchAll(/--pce-([\w-]+):\s*([^;]+);/g)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]));
const rootTokens = declarationsOf(tokensCss.slice(0, tokensCss.indexOf('[data-pce-theme="dark"] {')));
const forcedTokens = declarationsOf(tokensCss.slice(tokensCss.indexOf('@media (forced-colors: active)'), tokensCss.indexOf('@media (prefers-reduced-motion')));

/** A token's value when colours are forced: tokens.css maps each semantic colour to a system colour. */
export function forcedValue(name: string): string {
  const value = forcedTokens.get(name) ?? rootTokens.get(name) ?? '';
  const reference = /^var\(--pce-([\w-]+)\)$/.exec(value)?.[1];
  return reference ? forcedValue(reference) : value;
}

/** A colour as a user sees it: under forced colours a system colour the author gave is kept (CSS Color Adjust 1
 * §3.1), any other is replaced by the user's ('forced'), unless forced-color-adjust is none. */
function seen(colour: Paint, adjust: string, forced: boolean): string {
  if (!colour) return forced && adjust !== 'none' ? 'forced' : '';
  const value = 'system' in colour ? colour.system : forced ? forcedValue(colour.token) : colour.token;
  if (!forced || adjust === 'none' || isSystemColour(value)) return value;
  return 'forced';
}

/** How `element` and its content look in `states`, with colours forced or not: what a user can tell apart. */
export function appearance(element: Element, states: Map<Element, Set<State>>, forced: boolean): string[] {
  const look: string[] = [];
  render(element, states, forced, (drawn) => {
    if (drawn.hidden) return;
    const style = drawn.values;
    // A transparent fill stays transparent; under forced colours the page's own surfaces all read as the page,
    // so a fill counts only when it is a distinct system colour.
    const fill = drawn.fill ? seen(drawn.fill, drawn.forcedAdjust, forced) : '';
    const line = (kind: 'border' | 'outline') =>
      style.get(kind === 'border' ? 'border-style' : 'outline-style') === 'solid'
        ? seen(paint(style.get(kind === 'border' ? 'border-color' : 'outline-color'), drawn.color, null), drawn.forcedAdjust, forced) || 'none'
        : 'none';
    look.push(
      [
        `${describe(drawn.element)}${drawn.pseudo ? `::${drawn.pseudo}` : ''}`,
        `fill ${forced && ['Canvas', 'ButtonFace', 'Field', 'forced'].includes(fill) ? '' : fill}`,
        `text ${drawn.element.text || drawn.pseudo ? seen(drawn.color, drawn.forcedAdjust, forced) : ''}`,
        `content ${style.get('content') ?? ''}`,
        `border ${line('border')}`,
        `outline ${line('outline')}`,
        `decoration ${style.get('text-decoration') ?? ''}`,
      ].join(' | '),
    );
  });
  return look;
}

const CANVAS_LIKE = ['', 'forced', 'Canvas', 'ButtonFace', 'Field'];
/** Every (text, surface) pair drawn under forced colours, as system colours: a colour the user's palette
 * replaces is 'CanvasText' for text and 'Canvas' for a surface (the user agent's choice for plain content). */
export function forcedTextPairs(): { text: string; surface: string; where: string }[] {
  const pairs = new Map<string, { text: string; surface: string; where: string }>();
  for (const [target, states] of scenes()) {
    render(target, states, true, (drawn) => {
      if (drawn.hidden || !(drawn.element.text || drawn.pseudo)) return;
      const text = seen(drawn.color, drawn.forcedAdjust, true);
      const surface = seen(drawn.surface, drawn.surfaceAdjust, true);
      const pair = { text: text === 'forced' ? 'CanvasText' : text, surface: CANVAS_LIKE.includes(surface) ? 'Canvas' : surface };
      const key = `${pair.text} ${pair.surface}`;
      if (!pairs.has(key)) pairs.set(key, { ...pair, where: `${describe(drawn.element)}${drawn.pseudo ? `::${drawn.pseudo}` : ''}` });
    });
  }
  return [...pairs.values()];
}

/** The CSS rules that apply to some part of the fixture in some scene, with colours forced or not. */
export function rulesInUse(forced: boolean): Set<Rule> {
  const used = new Set<Rule>();
  for (const [target, states] of scenes()) render(target, states, forced, () => {}, used);
  return used;
}

export { elements, hovered, withFocus };
