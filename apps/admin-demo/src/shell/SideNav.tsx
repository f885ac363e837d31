import { CounterBadge, makeStyles, Nav, NavItem, tokens } from '@fluentui/react-components';
import { useSettings } from '../api/settings';
import { usePageStyles } from '../components/styles';
import { href, PAGES, type PagePath } from '../router';

const useStyles = makeStyles({
  root: {
    gridRowStart: 'nav',
    gridRowEnd: 'nav',
    gridColumnStart: 'nav',
    gridColumnEnd: 'nav',
    padding: tokens.spacingVerticalM,
    // The background Fluent's NavDrawer gives its items, so they sit on it seamlessly.
    backgroundColor: tokens.colorNeutralBackground4,
    borderInlineEndWidth: tokens.strokeWidthThin,
    borderInlineEndStyle: 'solid',
    borderInlineEndColor: tokens.colorNeutralStroke2,
  },
  count: { marginInlineStart: 'auto' },
});

/** The portal's left navigation: one link per page, the current one marked as such (aria-current="page"). */
export function SideNav({ current }: { current: PagePath }) {
  const styles = useStyles();
  const shared = usePageStyles();
  const { errors } = useSettings();
  return (
    <nav aria-label="Portal" className={styles.root}>
      <Nav selectedValue={current}>
        {PAGES.map((page) => (
          <NavItem key={page.path} value={page.path} href={href(page.path)}>
            {page.title}
            {page.path === 'errors' && errors.length > 0 && (
              <>
                <CounterBadge count={errors.length} className={styles.count} aria-hidden />
                <span className={shared.hidden}>, {errors.length} errors</span>
              </>
            )}
          </NavItem>
        ))}
      </Nav>
    </nav>
  );
}
