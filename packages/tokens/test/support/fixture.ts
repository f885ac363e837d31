// The markup of @pc-errors/react's components (packages/react/src/**/*.tsx), reduced to what styles see:
// tags, classes, data and aria attributes, nesting, and which elements show text. Every part is here in every
// state the CSS selects on (each severity, a pressed and a plain chip, a closed and an open row…), so the
// contrast test can read off what the CSS draws. test/components.test.ts checks that every class and
// attribute used here is rendered by some component, and that every painting CSS rule selects something here.

export interface Element {
  tag: string;
  classes: string[];
  attributes: Map<string, string>;
  children: Element[];
  parent: Element | null;
  /** Shows text of its own (not only through its children). */
  text: boolean;
  /** Takes keyboard focus; `focusAttributes` are set while it has it (Radix marks the focused menu item). */
  focusable: boolean;
  focusAttributes: Record<string, string>;
  /** A control whose extent must be perceivable (WCAG 1.4.11): its border, or else its fill, against what is around it. */
  control: boolean;
  /** Draws a graphic with its background (an icon): the fill must stand out from what is around it. */
  graphic: boolean;
}

/** Attributes, and `$control`, `$graphic`, `$focus` (the attribute set while focused) for the flags below. */
type Options = Record<string, string>;

/** `h('button.pce-button', { 'data-variant': 'primary' }, 'Retry')`; a string child is text. */
function h(spec: string, options: Options = {}, ...children: (Element | string)[]): Element {
  const [tag = 'div', ...classes] = spec.split('.');
  const { $control, $graphic, $focus, ...attributes } = options;
  const element: Element = {
    tag,
    classes,
    attributes: new Map(Object.entries(attributes)),
    children: children.filter((child): child is Element => typeof child !== 'string'),
    parent: null,
    text: children.some((child) => typeof child === 'string'),
    focusable: ['button', 'a', 'input'].includes(tag) || 'tabindex' in attributes,
    focusAttributes: $focus ? { [$focus]: '' } : {},
    control: $control !== undefined,
    graphic: $graphic !== undefined,
  };
  for (const child of element.children) child.parent = element;
  return element;
}

const fix = () =>
  h(
    'section.pce-fix',
    { 'data-slot': 'fix-suggestion' },
    h('h3.pce-fix__heading', {}, 'How to fix it'),
    h('p.pce-fix__summary', {}, 'Summary'),
    h('ol.pce-fix__steps', {}, h('li', {}, 'Step')),
    h('p.pce-fix__fields', {}, h('span.pce-fix__label', {}, 'Fields involved: '), h('span', {}, h('code', {}, 'organizationRegistrationNumber'))),
    h('div.pce-fix__countries', {}, h('span.pce-fix__label', {}, 'Countries:'), h('ul', {}, h('li', {}, 'Armenia ', h('span.pce-fix__country-code', {}, '(AM)')))),
    h('ul.pce-fix__links', {}, h('li', {}, h('a', { href: 'https://learn.microsoft.com' }, 'Docs ', h('span.pce-visually-hidden', {}, '(opens in a new tab)')))),
  );

const button = (label: string, attributes: Record<string, string> = {}) => h('button.pce-button', { ...attributes, $control: '' }, label);

const banner = (severity: 'error' | 'warning' | 'info', retry = retryButtons()) =>
  h(
    'section.pce-banner',
    { 'data-slot': 'error-banner', 'data-severity': severity, tabindex: '-1' },
    h('span.pce-banner__icon', { 'aria-hidden': 'true', 'data-severity': severity, $graphic: '' }),
    h(
      'div.pce-banner__body',
      {},
      h('div', { 'data-slot': 'error-banner-message' }, h('h2.pce-banner__title', {}, h('span.pce-visually-hidden', {}, 'Error: '), 'Title'), h('p.pce-banner__description', {}, 'Description')),
      h('p.pce-banner__meta', {}, '429 Too Many Requests · Code 2006'),
      fix(),
      h(
        'div.pce-banner__actions',
        {},
        ...retry,
        h('span.pce-banner__countdown', {}, 'Retry in 20 s'),
        button('Copy details'),
        h(
          'div.pce-banner__details',
          { 'data-state': 'open' },
          button('Details', { 'data-variant': 'ghost', 'data-state': 'open' }),
          h('div.pce-banner__details-content', { 'data-state': 'open' }, h('dl', {}, h('div', {}, h('dt', {}, 'Code'), h('dd', {}, '2006')))),
        ),
      ),
      h('p.pce-banner__status', { role: 'status' }, 'Copied'),
      h('p.pce-banner__status', { role: 'status' }),
    ),
    h('button.pce-banner__dismiss', { 'aria-label': 'Dismiss' }, h('span', { 'aria-hidden': 'true' }, '×')),
  );

/** Retry, and Retry while Retry-After runs (aria-disabled, so that it keeps focus). */
const retryButtons = () => [button('Retry', { 'data-variant': 'primary' }), button('Retry', { 'data-variant': 'primary', 'aria-disabled': 'true' })] as const;
const retry = retryButtons();

const chip = (pressed: boolean) => h('button.pce-chip', { 'aria-pressed': String(pressed), $control: '' }, '429 ', h('span.pce-chip__count', {}, '12'));

const sortable = (label: string, sorted: 'none' | 'asc' | 'desc') =>
  h('th', { scope: 'col', 'aria-sort': 'none' }, h('button.pce-table__sort', {}, label, h('span.pce-table__sort-icon', { 'aria-hidden': 'true', 'data-sorted': sorted })));

const row = (open: boolean) => {
  const state = open ? 'open' : 'closed';
  const cells = h(
    'tr.pce-table__row',
    { 'data-state': state, 'aria-rowindex': '2', tabindex: '-1' },
    h('td', {}, h('button.pce-table__expand', { 'aria-expanded': String(open), tabindex: '-1' }, h('span.pce-table__chevron', { 'aria-hidden': 'true', 'data-state': state }))),
    h('td', {}, h('span.pce-badge', { 'data-category': 'limit' }, '429')),
    h('td', {}, h('code', {}, '2006')),
    h('td', {}, 'Title'),
  );
  const expansion = h('tr.pce-table__expansion', { 'aria-rowindex': '3' }, h('td', {}, h('p.pce-table__summary', {}, h('span.pce-table__summary-title', {}, 'Title'), ' Description'), fix()));
  return { body: h('tbody', { 'data-state': state }, ...(open ? [cells, expansion] : [cells])), cells };
};

const closedRow = row(false);
const openRow = row(true);
const chips = [chip(false), chip(true)] as const;
const sortIcons = (['none', 'asc', 'desc'] as const).map((sorted) => sortable('Time', sorted));
const menuItem = () =>
  h('div.pce-menu__item', { role: 'menuitemcheckbox', tabindex: '-1', $control: '', $focus: 'data-highlighted' }, h('span.pce-menu__check', {}, '✓'), 'Status');

const table = h(
  'div.pce-table',
  { 'data-slot': 'data-table' },
  h(
    'div.pce-table__toolbar',
    { 'data-slot': 'table-toolbar' },
    h('div.pce-table__search', {}, h('label', {}, 'Search'), h('input.pce-input', { type: 'search', placeholder: 'Code, message, correlation ID', $control: '' }, 'value')),
    h('div.pce-table__facet', { role: 'group', 'data-slot': 'facet-filter' }, h('span.pce-table__facet-label', {}, 'Status'), ...chips),
    h('div.pce-table__tools', {}, button('Clear filters', { 'data-variant': 'ghost' }), button('Columns', { 'data-variant': 'ghost', 'data-state': 'closed' })),
  ),
  h('p.pce-table__count', { 'aria-hidden': 'true' }, '3 of 12'),
  h(
    'div.pce-table__scroll',
    {},
    h(
      'table.pce-table__grid',
      {},
      h('colgroup', {}, h('col')),
      h('thead', {}, h('tr', {}, ...sortIcons, h('th', { scope: 'col' }, 'Title'))),
      h('tbody.pce-table__spacer', { 'aria-hidden': 'true' }, h('tr', {}, h('td'))),
      closedRow.body,
      openRow.body,
    ),
    h('p.pce-table__empty', {}, 'No errors match'),
  ),
);

/** A page of every component in every state, on the theme's default surface. */
export const page = h(
  'body',
  {},
  banner('error', retry),
  banner('warning'),
  banner('info'),
  fix(),
  table,
  h('div.pce-menu', { role: 'menu' }, menuItem(), menuItem()),
);

/** Two looks of one part that a user must tell apart, whatever the colours: they must differ under forced colours too. */
export const statePairs: [string, Element, Element][] = [
  ['a plain and a pressed facet chip', chips[0], chips[1]],
  ['a closed and an open row', closedRow.cells, openRow.cells],
  ['Retry, and Retry waiting for Retry-After (aria-disabled)', retry[0], retry[1]],
  ['an unsorted and an ascending column', sortIcons[0] as Element, sortIcons[1] as Element],
  ['an ascending and a descending column', sortIcons[1] as Element, sortIcons[2] as Element],
];

export function* walk(element: Element): Generator<Element> {
  yield element;
  for (const child of element.children) yield* walk(child);
}
