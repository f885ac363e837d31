import { scenarios, type ScenarioName } from '@pc-errors/sandbox';
import { useEffect, useId, useRef } from 'react';
import { useSettings, type Theme } from './api/settings';
import { CatalogPage } from './pages/CatalogPage';
import { CheckoutPage } from './pages/CheckoutPage';
import { CustomersPage } from './pages/CustomersPage';
import { ErrorLogPage } from './pages/ErrorLogPage';
import { InspectorPage } from './pages/InspectorPage';
import { SubscriptionsPage } from './pages/SubscriptionsPage';
import { TransfersPage } from './pages/TransfersPage';
import { href, PAGE_HEADING_ID, PAGES, useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'subscriptions':
      return <SubscriptionsPage route={route} />;
    case 'checkout':
      return <CheckoutPage />;
    case 'transfers':
      return <TransfersPage />;
    case 'errors':
      return <ErrorLogPage route={route} />;
    case 'catalog':
      return <CatalogPage route={route} />;
    case 'inspector':
      return <InspectorPage />;
    default:
      return <CustomersPage />;
  }
}

export function App() {
  const route = useRoute();
  const { scenario, setScenario, theme, setTheme, errors } = useSettings();
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const themeId = useId();
  const scenarioId = useId();
  const title = PAGES.find((page) => page.path === route.page)?.title ?? '';

  // A page change moves focus to the new page's heading, as a screen-reader user expects after following a link.
  useEffect(() => {
    document.title = `${title} — Contoso Partner Admin`;
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [route.page, title]);

  return (
    <>
      {/* The hash is the router's, so following #main would leave the page: the link moves focus itself. */}
      <a
        className="demo-skip"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="demo-header">
        <p className="demo-brand">Contoso Partner Admin</p>
        <div className="demo-controls">
          <label htmlFor={scenarioId}>Sandbox scenario</label>
          <select
            id={scenarioId}
            className="pce-input"
            value={scenario}
            onChange={(event) => setScenario(event.target.value as ScenarioName)}
          >
            {scenarios.map((option) => (
              <option key={option.name} value={option.name}>
                {option.label}
              </option>
            ))}
          </select>
          <label htmlFor={themeId}>Theme</label>
          <select
            id={themeId}
            className="pce-input"
            value={theme}
            onChange={(event) => setTheme(event.target.value as Theme)}
          >
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="high-contrast">High contrast</option>
          </select>
        </div>
      </header>
      <nav aria-label="Portal" className="demo-nav">
        <ul>
          {PAGES.map((page) => (
            <li key={page.path}>
              <a href={href(page.path)} aria-current={page.path === route.page ? 'page' : undefined}>
                {page.title}
                {page.path === 'errors' && errors.length > 0 && <span className="demo-count"> ({errors.length})</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1} className="demo-main">
        <h1 id={PAGE_HEADING_ID} ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <Page route={route} />
      </main>
    </>
  );
}
