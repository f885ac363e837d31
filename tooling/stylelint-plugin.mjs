// Two rules for component CSS that Stylelint has no built-in for:
// - pce/in-layer: every rule sits inside `@layer pce`, so a consumer's own CSS wins without !important;
// - pce/system-colors-in-forced-colors: CSS system colours (Canvas, Highlight…) only inside
//   `@media (forced-colors: active)`, the one place where the user's palette is what they mean.
import stylelint from 'stylelint';
import { SYSTEM_COLORS } from './colour.mjs';

const {
  createPlugin,
  utils: { report, ruleMessages },
} = stylelint;

/** @param {import('postcss').Node} node @param {(parent: import('postcss').AtRule) => boolean} test */
function insideAtRule(node, test) {
  for (let parent = node.parent; parent; parent = parent.parent)
    if (parent.type === 'atrule' && test(/** @type {import('postcss').AtRule} */ (parent))) return true;
  return false;
}

const inLayerMessages = ruleMessages('pce/in-layer', {
  rejected: (/** @type {string} */ layer) => `Expected this rule inside @layer ${layer}`,
});
/** @type {import('stylelint').Rule<string>} */
const inLayer = (layer) => (root, result) => {
  root.walkRules((rule) => {
    if (insideAtRule(rule, (parent) => parent.name === 'layer' && parent.params.trim() === layer)) return;
    report({ ruleName: 'pce/in-layer', result, node: rule, message: inLayerMessages.rejected(layer) });
  });
};
inLayer.ruleName = 'pce/in-layer';
inLayer.messages = inLayerMessages;

const SYSTEM_COLOR = new RegExp(`(^|[\\s,(])(${SYSTEM_COLORS.join('|')})($|[\\s,)])`);
const systemColorMessages = ruleMessages('pce/system-colors-in-forced-colors', {
  rejected: (/** @type {string} */ color) => `Unexpected system colour ${color} outside @media (forced-colors: active)`,
});
/** @type {import('stylelint').Rule<boolean>} */
const systemColorsInForcedColors = (enabled) => (root, result) => {
  if (!enabled) return;
  root.walkDecls((declaration) => {
    const found = SYSTEM_COLOR.exec(declaration.value);
    if (!found) return;
    if (insideAtRule(declaration, (parent) => parent.name === 'media' && /forced-colors:\s*active/.test(parent.params)))
      return;
    report({
      ruleName: 'pce/system-colors-in-forced-colors',
      result,
      node: declaration,
      word: found[2],
      message: systemColorMessages.rejected(found[2] ?? ''),
    });
  });
};
systemColorsInForcedColors.ruleName = 'pce/system-colors-in-forced-colors';
systemColorsInForcedColors.messages = systemColorMessages;

export default [
  createPlugin(inLayer.ruleName, inLayer),
  createPlugin(systemColorsInForcedColors.ruleName, systemColorsInForcedColors),
];
