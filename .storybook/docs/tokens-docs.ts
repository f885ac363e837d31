// What the Theming guide shows, read from @pc-errors/tokens itself so the page cannot drift from the package:
// the semantic tokens with their descriptions, the Fluent bridge mapping, and the README's per-theme override.
import fluentMapping from '../../packages/tokens/tokens/fluent.json';
import lightTheme from '../../packages/tokens/tokens/themes/light.json';
import tokensReadme from '../../packages/tokens/README.md?raw';

type Tree = Record<string, unknown>;
/** Every leaf of a token JSON file as `kebab-name -> leaf`, skipping `$` keys. */
function leaves(tree: Tree, isLeaf: (node: unknown) => boolean, trail: string[] = []): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, child]) => {
    if (key.startsWith('$')) return [];
    if (isLeaf(child)) return [[[...trail, key].join('-'), child]];
    return typeof child === 'object' && child ? leaves(child as Tree, isLeaf, [...trail, key]) : [];
  });
}

/** The semantic tokens (one theme file names them all), with what each is for. */
export const semanticTokens = leaves(
  lightTheme as Tree,
  (node) => typeof node === 'object' && node !== null && '$value' in node,
).map(([name, token]) => ({ name, description: (token as { $description?: string }).$description ?? '' }));

/** The Fluent UI v9 variable (without --) each bridged token reads. */
export const fluentVariables = new Map(
  leaves(fluentMapping, (node) => typeof node === 'string').map(([name, variable]) => [name, String(variable)]),
);

/** The README's per-theme override, the css block after `<!-- override-example -->`. */
export const overrideExample = /<!-- override-example -->\s*```css\n([^]*?)```/.exec(tokensReadme)?.[1] ?? '';
