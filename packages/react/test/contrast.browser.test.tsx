// Contrast as Chromium renders it: every component in the states a user can bring about (hover, keyboard focus,
// an open row, a pressed chip, the open Columns menu…), in each theme, in each theme under the tokens README's
// per-theme override, with colours forced (Chromium's emulated Windows contrast theme), and inside a Fluent UI v9
// FluentProvider in its light, dark and high-contrast themes (through @pc-errors/tokens/fluent.css), with the real
// stylesheets. Text needs 4.5:1 (SC 1.4.3), and 7:1 in high contrast (SC 1.4.6); what identifies a control (its
// border, else its fill, else its glyph), the banner's icon and the focus ring need 3:1 (SC 1.4.11), 4.5:1 in high
// contrast.
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme as FluentTheme,
} from '@fluentui/react-components';
import { catalog, type CatalogEntry, type PartnerCenterError } from '@pc-errors/error-catalog';
import type { ResolvedTheme } from '@pc-errors/tokens';
import '@pc-errors/tokens/tokens.css';
import '@pc-errors/tokens/fluent.css';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ErrorBanner, ErrorCatalogTable, ErrorTable, FixSuggestion } from '../src';
import '../src/styles.css';
import { backdrop, label, measure, measureFocus, shown, type Kind, type Measure } from './contrast';
import { storyErrors } from './story-errors';

interface Mode {
  name: string;
  /** data-pce-theme on <html>, and on the page unless it is inside a FluentProvider. */
  theme: ResolvedTheme;
  forced?: boolean;
  /** With the per-theme override of the tokens README loaded after tokens.css. */
  override?: boolean;
  /** Inside a FluentProvider with this theme; <html> keeps another pce theme, which must not leak in. */
  fluent?: FluentTheme;
  highContrast?: boolean;
}
const MODES: Mode[] = [
  { name: 'light', theme: 'light' },
  { name: 'dark', theme: 'dark' },
  { name: 'high-contrast', theme: 'high-contrast', highContrast: true },
  { name: 'forced colours', theme: 'dark', forced: true },
  { name: 'light, README override', theme: 'light', override: true },
  { name: 'dark, README override', theme: 'dark', override: true },
  { name: 'high-contrast, README override', theme: 'high-contrast', override: true, highContrast: true },
  { name: 'Fluent webLightTheme', theme: 'dark', fluent: webLightTheme },
  { name: 'Fluent webDarkTheme', theme: 'light', fluent: webDarkTheme },
  { name: 'Fluent teamsHighContrastTheme', theme: 'light', fluent: teamsHighContrastTheme, highContrast: true },
];
const required = (mode: Mode): Record<Kind, number> =>
  mode.highContrast ? { text: 7, UI: 4.5 } : { text: 4.5, UI: 3 };

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Defined in vitest.config.ts: Playwright's emulation of `forced-colors: active`. */
    forcedColors: (active: boolean) => Promise<void>;
  }
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

function Page({ theme }: { theme?: ResolvedTheme }) {
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
/** The override exactly as the tokens README documents it (the css block after `<!-- override-example -->`). */
const readme = await commands.readFile('../tokens/README.md'); // from the package root;
const overrideCss = /<!-- override-example -->\s*```css\n([^]*?)```/.exec(readme)?.[1];
if (!overrideCss) throw new Error('the tokens README has no override example');
const overrideStyle = Object.assign(document.createElement('style'), { textContent: overrideCss });
afterEach(async () => {
  document.documentElement.removeAttribute('data-pce-theme');
  overrideStyle.remove();
  await commands.forcedColors(false);
});

const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

/** Renders the page and brings about its states: details open, a copy status, a pressed chip, an open row. */
async function showEveryState(mode: Mode) {
  // On <html> too, as an app does: the page behind the components takes the theme (the menu is rendered inside
  // the table).
  document.documentElement.setAttribute('data-pce-theme', mode.theme);
  if (mode.override) document.head.append(overrideStyle);
  await commands.forcedColors(Boolean(mode.forced));
  await render(
    mode.fluent ? (
      <FluentProvider theme={mode.fluent}>
        <Page />
      </FluentProvider>
    ) : (
      <Page theme={mode.theme} />
    ),
  );
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

describe.each(MODES)('$name', (mode) => {
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
          `[contrast] ${mode.name}: lowest ${kind} ${lowest.ratio.toFixed(2)}:1 (needs ${required(mode)[kind]}) — ` +
            `${lowest.what}, ${lowest.state}`,
        );
      }
      // One line per part and colours (the first text it was seen with), not per country code or table cell.
      const failures = new Map<string, string>();
      for (const m of measures.filter((m) => m.ratio < required(mode)[m.kind])) {
        const colours = `${m.foreground} on rgb(${m.background.slice(0, 3).map(Math.round).join(', ')})`;
        const key = `${m.kind} ${m.what.replace(/ "[^"]*"$/, '')} ${colours}`;
        if (!failures.has(key))
          failures.set(
            key,
            `${m.kind} ${m.what} (${m.state}): ${colours} = ${m.ratio.toFixed(2)}:1, needs ${required(mode)[m.kind]}:1`,
          );
      }
      expect(measures.length).toBeGreaterThan(300);
      expect([...failures.values()], `${failures.size} parts below the minimum (${mode.name})`).toEqual([]);
    },
  );
});

it('with colours forced, the states a user must tell apart still look different', async () => {
  await showEveryState({ name: 'forced colours', theme: 'dark', forced: true });
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
