// Contrast as Chromium renders it: every component in the states a user can bring about (hover, keyboard focus,
// an open row, a pressed chip, the open Columns menu…), in each theme and with colours forced (Chromium's emulated
// Windows contrast theme), with the real tokens.css and styles.css. Text needs 4.5:1 (SC 1.4.3), and 7:1 in
// high-contrast (SC 1.4.6); what identifies a control (its border, else its fill, else its glyph), the banner's
// icon and the focus ring need 3:1 (SC 1.4.11), 4.5:1 in high-contrast.
import { catalog, type CatalogEntry, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { ResolvedTheme } from '@pc-errors/tokens';
import { contrastRatio } from '@pc-errors/tooling/colour';
import '@pc-errors/tokens/tokens.css';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ErrorBanner, ErrorCatalogTable, ErrorTable, FixSuggestion } from '../src';
import '../src/styles.css';
import { storyErrors } from './story-errors';

type Kind = 'text' | 'UI';
type Rgba = readonly [number, number, number, number];
interface Measure {
  kind: Kind;
  state: string;
  what: string;
  foreground: string;
  background: Rgba;
  ratio: number;
}

type Mode = ResolvedTheme | 'forced colours';
const REQUIRED: Record<Mode, Record<Kind, number>> = {
  light: { text: 4.5, UI: 3 },
  dark: { text: 4.5, UI: 3 },
  'high-contrast': { text: 7, UI: 4.5 },
  'forced colours': { text: 4.5, UI: 3 },
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Defined in vitest.config.ts: Playwright's emulation of `forced-colors: active`. */
    forcedColors: (active: boolean) => Promise<void>;
  }
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
function backdrop(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let at = element; at; at = at.parentElement) layers.unshift(parse(getComputedStyle(at).backgroundColor));
  return layers.reduce<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}
/** Rendered and not visually hidden (a 1px clipped box, as .pce-visually-hidden makes for screen-reader text). */
function shown(element: Element): boolean {
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  for (let at: Element | null = element; at; at = at.parentElement) {
    const { width, height } = at.getBoundingClientRect();
    if (width <= 1 && height <= 1 && getComputedStyle(at).overflow === 'hidden') return false;
  }
  return true;
}
const label = (element: Element, part = '') => {
  const text = (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 30);
  const attributes = ['role', 'data-variant', 'data-severity', 'aria-pressed', 'data-state'].map(
    (name) => element.getAttribute(name) && `[${name}=${element.getAttribute(name)}]`,
  );
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  return `${element.tagName.toLowerCase()}${classes}${attributes.join('')}${part} "${text}"`;
};

/** Measures the text and controls in `scope` (itself included), as they look now. */
function measure(scope: Element, state: string, into: Measure[]) {
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
function measureFocus(state: string, into: Measure[]) {
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

// ---- The page ----------------------------------------------------------------------------------------------
const received = new Date().toISOString();
/** Retry needs a retryable error; warnings and notices are made retryable here to show their banners' Retry too. */
const retryable = (error: PartnerCenterError, retryAfterSeconds: number): PartnerCenterError => ({
  ...error,
  retryable: true,
  retryAfterSeconds,
  receivedAt: received,
});
const bySeverity = [storyErrors.validation(), storyErrors.warning(), storyErrors.info()];
const entry = (id: string) => catalog.find((candidate) => candidate.id === id)!;
/** Fields and countries (600049) with a link (90000): no documented entry has all three. */
const fullEntry: CatalogEntry = { ...entry('400-600049'), links: entry('403-90000').links };
const tableErrors = (['notFound', 'validation', 'warning', 'info', 'throttled', 'unauthorized'] as const).map((name) =>
  storyErrors[name](),
);

function Page({ theme }: { theme: ResolvedTheme }) {
  return (
    <div data-pce-theme={theme} style={{ display: 'grid', gap: '1rem', padding: '1rem' }}>
      {bySeverity.flatMap((error) =>
        [0, 600].map((wait) => (
          <ErrorBanner
            key={`${error.code}-${wait}`}
            error={retryable(error, wait)}
            onRetry={() => {}}
            onDismiss={() => {}}
            showFix
          />
        )),
      )}
      <FixSuggestion entry={fullEntry} />
      <ErrorTable errors={tableErrors} height={360} defaultSorting={[{ id: 'status', desc: false }]} />
      <ErrorCatalogTable entries={catalog.slice(0, 6)} height={280} />
    </div>
  );
}

const pageStyle = document.createElement('style');
pageStyle.textContent =
  'html, body { background: var(--pce-color-surface-default); color: var(--pce-color-text-default); }';
document.head.append(pageStyle);
afterEach(async () => {
  document.documentElement.removeAttribute('data-pce-theme');
  await commands.forcedColors(false);
});

const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

/** Renders the page and brings about its states: details open, a copy status, a pressed chip, an open row. */
async function showEveryState(mode: Mode) {
  const theme = mode === 'forced colours' ? 'dark' : mode;
  // On <html> too, as an app does: the page behind the components takes the theme (the menu is rendered inside
  // the table).
  document.documentElement.setAttribute('data-pce-theme', theme);
  await commands.forcedColors(mode === 'forced colours');
  await render(<Page theme={theme} />);
  // Generous waits: the fix, the details and the ticket writer load on first need, slower on a busy machine.
  await expect
    .poll(() => all('.pce-banner__title').length + all('.pce-chip').length, { timeout: 15_000 })
    .toBeGreaterThan(6);
  for (const trigger of all('.pce-banner__details > .pce-button')) await userEvent.click(trigger);
  await userEvent.click(all('.pce-table .pce-chip')[0]!); // a pressed chip: Status 200, two rows
  await userEvent.click(all('.pce-table__expand')[0]!); // an open row (the catalog table's rows stay closed)
  // Copy details last: its status line goes back to empty 5 s after the copy, so it is measured right after.
  for (const button of all('.pce-banner .pce-button:not([data-variant])')) await userEvent.click(button);
  await expect
    .poll(() => all('.pce-banner__status:not(:empty)').length + all('.pce-table__expansion').length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(6);
}

describe.each<Mode>(['light', 'dark', 'high-contrast', 'forced colours'])('%s', (mode) => {
  it(
    'every text, control, icon and focus ring has the contrast WCAG asks, in every state',
    { timeout: 120_000 },
    async () => {
      await showEveryState(mode);
      const measures: Measure[] = [];
      measure(document.body, 'as shown', measures);
      const hovered = new Set<string>(); // one of each kind of part on each background: hovering takes time
      for (const target of all('button, a[href], .pce-table__row').filter(shown)) {
        const kind = `${label(target).replace(/ "[^"]*"$/, '')} on ${backdrop(target.parentElement).join()}`;
        if (hovered.has(kind)) continue;
        hovered.add(kind);
        await userEvent.hover(target);
        measure(target.closest('.pce-table__row') ?? target, 'hover', measures);
      }
      await userEvent.unhover(document.body);
      // Through everything with Tab, from the first button: focus from the keyboard is what shows :focus-visible.
      all('button')[0]!.focus();
      await userEvent.tab();
      await userEvent.tab({ shift: true });
      const focused = () => document.activeElement ?? document.body;
      const visited = new Set<Element>();
      while (!visited.has(focused()) && focused() !== document.body) {
        visited.add(focused());
        measureFocus('keyboard focus', measures);
        measure(focused(), 'keyboard focus', measures);
        await userEvent.tab();
      }
      const columns = all('.pce-button').find((button) => button.textContent === 'Columns')!;
      await userEvent.click(columns);
      await expect.poll(() => document.querySelector('.pce-menu')).toBeTruthy();
      measure(document.querySelector('.pce-menu')!, 'menu open', measures);
      for (const item of all('[role="menuitemcheckbox"]')) {
        await userEvent.hover(item);
        measure(item, 'menu item under the pointer', measures);
      }
      await userEvent.keyboard('{ArrowDown}');
      measureFocus('menu item, keyboard', measures);

      const minimum = (kind: Kind) =>
        measures.filter((m) => m.kind === kind).reduce((lowest, m) => (m.ratio < lowest.ratio ? m : lowest));
      for (const kind of ['text', 'UI'] as const) {
        const lowest = minimum(kind);
        console.log(
          `[contrast] ${mode}: lowest ${kind} ${lowest.ratio.toFixed(2)}:1 (needs ${REQUIRED[mode][kind]}) — ` +
            `${lowest.what}, ${lowest.state}`,
        );
      }
      // One line per part and colours (the first text it was seen with), not per country code or table cell.
      const failures = new Map<string, string>();
      for (const m of measures.filter((m) => m.ratio < REQUIRED[mode][m.kind])) {
        const colours = `${m.foreground} on rgb(${m.background.slice(0, 3).map(Math.round).join(', ')})`;
        const key = `${m.kind} ${m.what.replace(/ "[^"]*"$/, '')} ${colours}`;
        if (!failures.has(key))
          failures.set(
            key,
            `${m.kind} ${m.what} (${m.state}): ${colours} = ${m.ratio.toFixed(2)}:1, needs ${REQUIRED[mode][m.kind]}:1`,
          );
      }
      expect(measures.length).toBeGreaterThan(300);
      expect([...failures.values()], `${failures.size} parts below the minimum (${mode})`).toEqual([]);
    },
  );
});

it('with colours forced, the states a user must tell apart still look different', async () => {
  await showEveryState('forced colours');
  // What a user sees of each part: its text, the colour it shows (composited), its border, outline and underline.
  const look = (element: Element) =>
    [element, ...element.children]
      .map((part) => {
        const style = getComputedStyle(part);
        const border = parseFloat(style.borderTopWidth) > 0 ? style.borderTopColor : 'none';
        return [
          style.color,
          backdrop(part).map(Math.round).join(),
          border,
          style.outlineStyle,
          style.textDecorationLine,
        ].join(' ');
      })
      .join(' | ');
  const pairs = [
    ['a plain and a pressed chip', '.pce-chip[aria-pressed="false"]', '.pce-chip[aria-pressed="true"]'],
    ['a closed and an open row', '.pce-table__row[data-state="closed"]', '.pce-table__row[data-state="open"]'],
    [
      'Retry, and Retry waiting for Retry-After',
      '.pce-button[data-variant="primary"]:not([aria-disabled])',
      '.pce-button[aria-disabled="true"]',
    ],
  ];
  for (const [what, first, second] of pairs)
    expect(look(document.querySelector(first!)!), what).not.toBe(look(document.querySelector(second!)!));
});
