// Enough of a browser's cascade for the stylesheets this package builds: rules (inside at most one @media),
// their declarations, and what custom properties compute to on an element, with var() substituted where it is
// declared. css.test.ts, fluent.test.ts and override.test.ts read dist/*.css and the README's CSS through it.
export interface Rule {
  media: string | null;
  selector: string;
  declarations: Map<string, string>;
}

/** Rules, optionally inside one level of @media, and their declarations; comments dropped. */
export function parse(source: string): Rule[] {
  const text = source.replace(/\/\*[^]*?\*\//g, '');
  const rules: Rule[] = [];
  const BLOCK = /([^{}]+)\{([^{}]*)\}/g;
  const block = new RegExp(BLOCK);
  let position = 0;
  while (position < text.length) {
    const media = /^\s*@media([^{]+)\{/.exec(text.slice(position));
    if (media) {
      const end = /\}\s*\}/.exec(text.slice(position));
      if (!end) throw new Error('an @media block without its end');
      for (const match of text.slice(position + media[0].length, position + end.index + 1).matchAll(new RegExp(BLOCK)))
        rules.push(rule(media[1] ?? '', match));
      position += end.index + end[0].length;
      continue;
    }
    block.lastIndex = position;
    const match = block.exec(text);
    if (!match) break;
    rules.push(rule(null, match));
    position = block.lastIndex;
  }
  return rules;
}

function rule(media: string | null, [, selector = '', body = '']: RegExpMatchArray): Rule {
  const declarations = new Map<string, string>();
  for (const declaration of body.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
  return { media: media?.trim() ?? null, selector: selector.trim().replace(/\s+/g, ' '), declarations };
}

/** The declarations of the rule with this selector (and media), or an error naming what is missing. */
export function find(rules: Rule[], selector: string, media: string | null = null): Map<string, string> {
  const found = rules.find((candidate) => candidate.selector === selector && candidate.media === media);
  if (!found) throw new Error(`no ${media ? `@media ${media} ` : ''}${selector} block`);
  return found.declarations;
}

/** The first `var(--name, fallback)` substitution in a value: its name, fallback and where it ends. */
function firstVar(value: string): { start: number; end: number; name: string; fallback?: string } | null {
  const start = value.indexOf('var(');
  if (start < 0) return null;
  let depth = 0;
  for (let at = start + 3; at < value.length; at += 1) {
    if (value[at] === '(') depth += 1;
    else if (value[at] === ')' && --depth === 0) {
      const inner = value.slice(start + 4, at);
      const comma = inner.indexOf(',');
      return comma < 0
        ? { start, end: at + 1, name: inner.trim() }
        : { start, end: at + 1, name: inner.slice(0, comma).trim(), fallback: inner.slice(comma + 1).trim() };
    }
  }
  throw new Error(`unbalanced var() in ${value}`);
}

/** What every custom property computes to on an element whose own declarations are `blocks` (later wins), inside
 * a parent with the computed values `inherited`. As in a browser, var() is substituted on the element that
 * declares it, and its fallback is used when the variable is neither declared nor inherited. */
export function computed(
  blocks: Map<string, string>[],
  inherited: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const declared = new Map(blocks.flatMap((declarations) => [...declarations]));
  const result = new Map<string, string>();
  const resolve = (name: string, seen: string[]): string | undefined => {
    if (result.has(name)) return result.get(name);
    const raw = declared.get(name);
    if (raw === undefined) return inherited.get(name);
    if (seen.includes(name)) throw new Error(`reference cycle: ${[...seen, name].join(' -> ')}`);
    let value = raw;
    for (let reference = firstVar(value); reference; reference = firstVar(value)) {
      const substitute = resolve(reference.name, [...seen, name]) ?? reference.fallback;
      if (substitute === undefined) throw new Error(`${name}: ${reference.name} is neither declared nor inherited`);
      value = value.slice(0, reference.start) + substitute + value.slice(reference.end);
    }
    result.set(name, value);
    return value;
  };
  for (const name of new Set([...declared.keys(), ...inherited.keys()])) {
    if (!name.startsWith('--')) continue;
    const value = resolve(name, []);
    if (value !== undefined) result.set(name, value);
  }
  return result;
}
