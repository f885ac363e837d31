// What the browser contrast test measures, and how: WCAG 2.x contrast of each text, control and focus ring as
// Chromium draws it, against the composited background behind it. contrast.browser.test.tsx brings about the states.
import { contrastRatio } from '@pc-errors/tooling/colour';

export type Kind = 'text' | 'UI';
type Rgba = readonly [number, number, number, number];
export interface Measure {
  kind: Kind;
  state: string;
  what: string;
  foreground: string;
  background: Rgba;
  ratio: number;
}

/** What a user operates, and the graphic that tells a banner's severity. */
const CONTROLS = 'button, input, [role^="menuitem"], .pce-banner__icon';

// ---- WCAG 2.x contrast -----------------------------------------------------------------------------------
function parse(colour: string): Rgba {
  const channels = /^rgba?\(/.test(colour) ? colour.match(/[\d.]+/g)?.map(Number) : undefined;
  if (!channels || channels.length < 3) throw new Error(`a colour this check cannot read: ${colour}`);
  const [r = 0, g = 0, b = 0, a = 1] = channels;
  return [r, g, b, a];
}
/** A translucent colour as it shows over an opaque one. */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [
  r * a + R * (1 - a),
  g * a + G * (1 - a),
  b * a + B * (1 - a),
  1,
];
/** A colour as shown over its backdrop, against that backdrop. */
const contrast = (foreground: string, background: Rgba) =>
  contrastRatio(over(parse(foreground), background), background);

// ---- What is drawn on what ----------------------------------------------------------------------------------
/** The colour behind an element's content: its and its ancestors' backgrounds, composited from the page down. */
export function backdrop(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let at = element; at; at = at.parentElement) layers.unshift(parse(getComputedStyle(at).backgroundColor));
  return layers.reduce<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
/** Rendered and not visually hidden (a 1px clipped box, as .pce-visually-hidden makes for screen-reader text). */
export function shown(element: Element): boolean {
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const { width, height } = at.getBoundingClientRect();
    if (width <= 1 && height <= 1 && getComputedStyle(at).overflow === 'hidden') return false;
  }
  return true;
}
export const label = (element: Element, part = '') => {
  const text = (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 30);
  const attributes = ['role', 'data-variant', 'data-severity', 'aria-pressed', 'data-state'].map(
    (name) => element.getAttribute(name) && `[${name}=${element.getAttribute(name)}]`,
  );
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  return `${element.tagName.toLowerCase()}${classes}${attributes.join('')}${part} "${text}"`;
};

/** Measures the text and controls in `scope` (itself included), as they look now. */
export function measure(scope: Element, state: string, into: Measure[]) {
  const add = (kind: Kind, what: string, foreground: string, background: Rgba) =>
    into.push({ kind, state, what, foreground, background, ratio: contrast(foreground, background) });
  const elements = [scope, ...scope.querySelectorAll('*')].filter(shown);
  for (const element of elements) {
    const style = getComputedStyle(element);
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
    if (ownText) add('text', label(element), style.color, backdrop(element));
    // Generated text: sort icons and chevrons (::after), and the search box's placeholder.
    for (const pseudo of ['::before', '::after']) {
      const generated = getComputedStyle(element, pseudo);
      if (!['none', 'normal', '""'].includes(generated.content))
        add('text', label(element, pseudo), generated.color, backdrop(element));
    }
    if (element.matches('input:placeholder-shown'))
      add('text', label(element, '::placeholder'), getComputedStyle(element, '::placeholder').color, backdrop(element));
    // A control is found by its border against what is around it; else by its fill, when the fill is all there
    // is (an icon) or shows its state alone (Radix's highlighted menu item); else by its glyph on its own fill.
    // Disabled controls are exempt from SC 1.4.11 (their text is still measured above).
    if (!element.matches(CONTROLS) || element.matches(':disabled, [aria-disabled="true"]')) continue;
    const bordered = parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
    const fillAlone =
      parse(style.backgroundColor)[3] > 0 && (!element.textContent.trim() || element.matches('[data-highlighted]'));
    if (bordered) add('UI', label(element, ' border'), style.borderTopColor, backdrop(element.parentElement));
    else if (fillAlone) add('UI', label(element, ' fill'), style.backgroundColor, backdrop(element.parentElement));
    else add('UI', label(element, ' glyph'), style.color, backdrop(element));
  }
}

/** The focus ring of the focused element, against what it is drawn on (inside the element if its offset is
 * negative). */
export function measureFocus(state: string, into: Measure[]) {
  const focused = document.activeElement!;
  const style = getComputedStyle(focused);
  if (focused.matches('[data-highlighted]')) {
    measure(focused, state, into);
    return;
  } // a menu's highlight is its focus indicator
  const ring =
    style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? style.outlineColor : 'rgba(0, 0, 0, 0)';
  const behind = backdrop(parseFloat(style.outlineOffset) < 0 ? focused : focused.parentElement);
  into.push({
    kind: 'UI',
    state,
    what: label(focused, ' focus ring'),
    foreground: ring,
    background: behind,
    ratio: contrast(ring, behind),
  });
}
