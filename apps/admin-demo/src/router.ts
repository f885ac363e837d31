import { useEffect, useState } from 'react';

export const PAGES = [
  { path: 'customers', title: 'Customers', description: 'Your customers in Partner Center. Pick one to manage it.' },
  {
    path: 'subscriptions',
    title: 'Subscriptions',
    description: "A customer's subscriptions: seats, billing cycle, suspension and the move to New Commerce.",
  },
  { path: 'checkout', title: 'Cart checkout', description: 'Buy for a customer: a cart of line items, then checkout.' },
  {
    path: 'transfers',
    title: 'Transfers',
    description: "Move a customer's subscriptions to you from another partner.",
  },
  { path: 'errors', title: 'Error log', description: 'Every failed call of this session, newest first.' },
  { path: 'catalog', title: 'Error catalog', description: 'Every documented Partner Center error, with its fix.' },
  {
    path: 'inspector',
    title: 'Inspector',
    description: 'How the portal shows a response or a support ticket, read the way it reads every failure.',
  },
] as const;
export type PagePath = (typeof PAGES)[number]['path'];

export interface Route {
  page: PagePath;
  params: URLSearchParams;
}

function read(): Route {
  const [path = '', query = ''] = window.location.hash.replace(/^#\/?/, '').split('?');
  const page = PAGES.find((candidate) => candidate.path === path)?.path ?? 'customers';
  return { page, params: new URLSearchParams(query) };
}

/** Hash routing in a few lines: the demo needs no router library. */
export function useRoute(): Route {
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function href(page: PagePath, params?: Record<string, string>): string {
  const query = params
    ? new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString()
    : '';
  return `#/${page}${query ? `?${query}` : ''}`;
}

/** Updates the query of the current page without adding a history entry per keystroke. */
export function replaceParams(page: PagePath, params: Record<string, string>): void {
  window.history.replaceState(null, '', href(page, params));
}

/** The page's `<h1>`: where focus goes after navigation, and when what had focus goes away (a dismissed banner). */
export const PAGE_HEADING_ID = 'page-heading';
export function focusPageHeading(): void {
  document.getElementById(PAGE_HEADING_ID)?.focus();
}
