// Just enough of a browser's style engine to know what @pc-errors/react's CSS paints: its rules (inside
// @layer and @media), the selectors it uses, specificity, and the cascade of the properties that put colour on
// screen. Anything it does not understand throws, so new CSS cannot slip past the checks unread.

/** What the checks read of an element's style; shorthands are split into these. */
export type Channel =
  | 'color'
  | 'background'
  | 'border-style'
  | 'border-color'
  | 'outline-style'
  | 'outline-color'
  | 'outline-offset'
  | 'content'
  | 'display'
  | 'text-decoration'
  | 'forced-color-adjust';

type Specificity = readonly [number, number, number];
type Compound = {
  tag: string | null;
  classes: string[];
  attributes: { name: string; value: string | null }[];
  pseudoClasses: { name: string; selectors: Complex[] }[];
  pseudoElement: string | null;
};
type Complex = { compounds: Compound[]; combinators: (' ' | '>')[]; specificity: Specificity; text: string };

export interface Rule {
  selectors: Complex[];
  declarations: [Channel, string][];
  /** Inside `@media (forced-colors: active)`: applies only when the browser forces colours. */
  forced: boolean;
  order: number;
}

/** An element as the selectors see it. */
export interface Subject {
  tag: string;
  classes: ReadonlySet<string>;
  attributes: ReadonlyMap<string, string>;
  states: ReadonlySet<'hover' | 'focus-visible'>;
  empty: boolean;
  parent: Subject | null;
}

const SYSTEM_COLOURS = new Set(
  'AccentColor AccentColorText ActiveText ButtonBorder ButtonFace ButtonText Canvas CanvasText Field FieldText GrayText Highlight HighlightText LinkText Mark MarkText SelectedItem SelectedItemText VisitedText'.split(
    ' ',
  ),
);
export const isSystemColour = (value: string) => SYSTEM_COLOURS.has(value);

/** Splits on `separator` outside parentheses and quotes. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (quote) quote = char === quote ? '' : quote;
    else if (char === "'" || char === '"') quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (depth === 0 && separator.test(char)) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

function parseComplex(text: string): Complex {
  const compounds: Compound[] = [];
  const combinators: (' ' | '>')[] = [];
  let current: Compound | null = null;
  let pending: ' ' | '>' | null = null;
  const start = () => {
    if (current) return current;
    if (compounds.length) combinators.push(pending ?? ' ');
    pending = null;
    current = { tag: null, classes: [], attributes: [], pseudoClasses: [], pseudoElement: null };
    compounds.push(current);
    return current;
  };
  let rest = text.trim();
  const take = (pattern: RegExp) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  while (rest) {
    let match: RegExpExecArray | null;
    if (take(/^\s*>\s*/)) {
      pending = '>';
      current = null;
    } else if (take(/^\s+/)) {
      pending = pending ?? ' ';
      current = null;
    } else if ((match = take(/^\.(-?[_a-zA-Z][\w-]*)/))) start().classes.push(match[1] ?? '');
    else if ((match = take(/^\[([\w-]+)(?:=(?:'([^']*)'|"([^"]*)"|([\w-]+)))?\]/)))
      start().attributes.push({ name: match[1] ?? '', value: match[2] ?? match[3] ?? match[4] ?? null });
    else if ((match = take(/^::([\w-]+)/))) start().pseudoElement = match[1] ?? '';
    else if ((match = take(/^:([\w-]+)(\((?:[^()]|\([^()]*\))*\))?/))) {
      const [, name = '', args] = match;
      if (args && !['where', 'is', 'not'].includes(name)) throw new Error(`unsupported selector :${name}() in ${text}`);
      start().pseudoClasses.push({ name, selectors: args ? splitTopLevel(args.slice(1, -1), /,/).map(parseComplex) : [] });
    } else if (!current && (match = take(/^(-?[_a-zA-Z][\w-]*|\*)/))) start().tag = match[0];
    else throw new Error(`unsupported selector syntax "${rest}" in ${text}`);
  }
  return { compounds, combinators, specificity: specificityOf(compounds), text: text.trim() };
}

function specificityOf(compounds: Compound[]): Specificity {
  let [a, b, c] = [0, 0, 0];
  const add = (specificity: Specificity) => {
    a += specificity[0];
    b += specificity[1];
    c += specificity[2];
  };
  const highest = (selectors: Complex[]) =>
    selectors.map((selector) => selector.specificity).reduce<Specificity>((x, y) => (compare(x, y) >= 0 ? x : y), [0, 0, 0]);
  for (const compound of compounds) {
    if (compound.tag && compound.tag !== '*') add([0, 0, 1]);
    if (compound.pseudoElement) add([0, 0, 1]);
    add([0, compound.classes.length + compound.attributes.length, 0]);
    for (const pseudo of compound.pseudoClasses) {
      if (pseudo.name === 'where') continue;
      add(pseudo.name === 'is' || pseudo.name === 'not' ? highest(pseudo.selectors) : [0, 1, 0]);
    }
  }
  return [a, b, c];
}

const compare = (x: Specificity, y: Specificity) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

function matchesCompound(subject: Subject, compound: Compound, pseudoElement: string | null): boolean {
  if (compound.pseudoElement !== pseudoElement) return false;
  if (compound.tag && compound.tag !== '*' && compound.tag !== subject.tag) return false;
  if (!compound.classes.every((name) => subject.classes.has(name))) return false;
  for (const { name, value } of compound.attributes) {
    const actual = subject.attributes.get(name);
    if (actual === undefined || (value !== null && actual !== value)) return false;
  }
  return compound.pseudoClasses.every(({ name, selectors }) => {
    switch (name) {
      case 'hover':
      case 'focus-visible':
        return subject.states.has(name);
      case 'disabled':
        return subject.attributes.has('disabled');
      case 'empty':
        return subject.empty;
      case 'where':
      case 'is':
        return selectors.some((selector) => matches(subject, selector, null));
      case 'not':
        return !selectors.some((selector) => matches(subject, selector, null));
      default:
        throw new Error(`unsupported pseudo-class :${name}`);
    }
  });
}

/** Whether `selector` selects `subject` (or its `pseudoElement`), right to left as browsers do. */
export function matches(subject: Subject, selector: Complex, pseudoElement: string | null): boolean {
  const from = (element: Subject, index: number, pseudo: string | null): boolean => {
    const compound = selector.compounds[index];
    if (!compound || !matchesCompound(element, compound, pseudo)) return false;
    if (index === 0) return true;
    if (selector.combinators[index - 1] === '>') return element.parent !== null && from(element.parent, index - 1, null);
    for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) if (from(ancestor, index - 1, null)) return true;
    return false;
  };
  return from(subject, selector.compounds.length - 1, pseudoElement);
}

/** The channels a declaration sets. `isColourToken` tells a colour variable from a width in a border shorthand. */
function channelsOf(property: string, value: string, isColourToken: (name: string) => boolean): [Channel, string][] {
  const shorthand = (kind: 'border' | 'outline'): [Channel, string][] => {
    const style: Channel = kind === 'border' ? 'border-style' : 'outline-style';
    if (/^(0|none)$/.test(value)) return [[style, 'none']];
    const colour = value
      .split(/\s+(?![^(]*\))/)
      .find((part) => part === 'transparent' || /^currentcolor$/i.test(part) || isSystemColour(part) || isColourToken(/^var\(--pce-([\w-]+)\)$/.exec(part)?.[1] ?? ''));
    return [
      [style, 'solid'],
      [kind === 'border' ? 'border-color' : 'outline-color', colour ?? 'currentColor'],
    ];
  };
  if (['color', 'content', 'display', 'forced-color-adjust', 'outline-offset', 'outline-color', 'border-color'].includes(property)) return [[property as Channel, value]];
  if (property === 'background' || property === 'background-color') return [['background', value]];
  if (property === 'text-decoration' || property === 'text-decoration-line') return [['text-decoration', value]];
  if (property === 'outline') return shorthand('outline');
  if (/^border(-(top|right|bottom|left|block|inline)(-(start|end))?)?$/.test(property)) return shorthand('border');
  if (/^border-.+-color$/.test(property)) return [['border-color', value]];
  return [];
}

/** The style rules of a stylesheet, in order, with @layer unwrapped and @media noted. */
export function parseStylesheet(text: string, isColourToken: (name: string) => boolean): Rule[] {
  const source = text.replace(/\/\*[^]*?\*\//g, '');
  const rules: Rule[] = [];
  let position = 0;
  const block = (forced: boolean): void => {
    while (position < source.length) {
      const open = source.indexOf('{', position);
      const close = source.indexOf('}', position);
      if (close >= 0 && (open < 0 || close < open)) {
        position = close + 1;
        return;
      }
      if (open < 0) return;
      const prelude = source.slice(position, open).trim();
      position = open + 1;
      if (prelude.startsWith('@layer')) block(forced);
      else if (prelude.startsWith('@media')) {
        if (!/^@media \((forced-colors: active|prefers-reduced-motion: reduce|prefers-color-scheme: dark)\)$/.test(prelude)) throw new Error(`unsupported ${prelude}`);
        block(forced || prelude.includes('forced-colors'));
      } else if (prelude.startsWith('@')) throw new Error(`unsupported at-rule ${prelude}`);
      else {
        const end = source.indexOf('}', position);
        const body = source.slice(position, end);
        if (body.includes('{')) throw new Error(`nested rules are not supported: ${prelude}`);
        position = end + 1;
        const declarations = splitTopLevel(body, /;/).flatMap((declaration) => {
          const colon = declaration.indexOf(':');
          const value = declaration.slice(colon + 1).trim();
          if (value.includes('!important')) throw new Error(`!important in ${prelude}`);
          return channelsOf(declaration.slice(0, colon).trim(), value, isColourToken);
        });
        rules.push({ selectors: splitTopLevel(prelude, /,/).map(parseComplex), declarations, forced, order: rules.length });
      }
    }
  };
  block(false);
  return rules;
}

/** The cascaded value of every channel on `subject` (or its pseudo-element), and which rules took part. */
export function cascade(rules: readonly Rule[], subject: Subject, pseudoElement: string | null, forced: boolean) {
  const applying: { rule: Rule; specificity: Specificity }[] = [];
  for (const rule of rules) {
    if (rule.forced && !forced) continue;
    const matching = rule.selectors.filter((selector) => matches(subject, selector, pseudoElement)).map((selector) => selector.specificity);
    if (matching.length) applying.push({ rule, specificity: matching.reduce((x, y) => (compare(x, y) >= 0 ? x : y)) });
  }
  applying.sort((x, y) => compare(x.specificity, y.specificity) || x.rule.order - y.rule.order);
  const values = new Map<Channel, string>();
  for (const { rule } of applying) for (const [channel, value] of rule.declarations) values.set(channel, value);
  return { values, rules: applying.map(({ rule }) => rule) };
}
