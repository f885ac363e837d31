import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { CatalogPage } from './pages/CatalogPage';
import { CheckoutPage } from './pages/checkout/CheckoutPage';
import { CustomersPage } from './pages/CustomersPage';
import { ErrorLogPage } from './pages/ErrorLogPage';
import { InspectorPage } from './pages/InspectorPage';
import { SubscriptionsPage } from './pages/SubscriptionsPage';
import { TransfersPage } from './pages/TransfersPage';
import { PAGE_HEADING_ID, PAGES, useRoute, type Route } from './router';
import { AppHeader } from './shell/AppHeader';
import { SideNav } from './shell/SideNav';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateAreas: '"header header" "nav main"',
    gridTemplateColumns: '15rem minmax(0, 1fr)',
    gridTemplateRows: 'auto 1fr',
    minHeight: '100vh',
  },
  skip: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalS,
    top: '-4rem',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    ':focus': { top: tokens.spacingVerticalS },
  },
  main: {
    gridRowStart: 'main',
    gridRowEnd: 'main',
    gridColumnStart: 'main',
    gridColumnEnd: 'main',
    display: 'grid',
    alignContent: 'start',
    gap: tokens.spacingVerticalL,
    maxWidth: '80rem',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXXL}`,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  pageHeader: { display: 'grid', gap: tokens.spacingVerticalXS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  description: { color: tokens.colorNeutralForeground2, margin: 0 },
});

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

/** The portal: app header, left navigation, and the page with its header. */
export function App() {
  const styles = useStyles();
  const route = useRoute();
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const page = PAGES.find((candidate) => candidate.path === route.page) ?? PAGES[0];

  // A page change moves focus to the new page's heading, as a screen-reader user expects after following a link.
  useEffect(() => {
    document.title = `${page.title} — Contoso Partner Admin`;
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [page.title]);

  return (
    <div className={styles.root}>
      {/* The hash is the router's, so following #main would leave the page: the link moves focus itself. */}
      <a
        className={styles.skip}
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Skip to content
      </a>
      <AppHeader />
      <SideNav current={route.page} />
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <div className={styles.pageHeader}>
          <h1 id={PAGE_HEADING_ID} ref={heading} tabIndex={-1} className={styles.heading}>
            {page.title}
          </h1>
          <Text as="p" className={styles.description}>
            {page.description}
          </Text>
        </div>
        <Page route={route} />
      </main>
    </div>
  );
}
