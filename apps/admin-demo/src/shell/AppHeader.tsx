import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { scenarios, type ScenarioName } from '@pc-errors/sandbox';
import { useSettings, type Theme } from '../api/settings';
import { SelectField } from '../components/SelectField';
import { THEME_NAMES } from './theme';

const SCENARIOS = scenarios.map(({ name, label }) => ({ value: name, label }));
const THEMES = Object.entries(THEME_NAMES).map(([value, label]) => ({ value, label }));

const useStyles = makeStyles({
  root: {
    gridRowStart: 'header',
    gridRowEnd: 'header',
    gridColumnStart: 'header',
    gridColumnEnd: 'header',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  brand: { display: 'grid', marginInlineEnd: 'auto' },
  tenant: { color: tokens.colorNeutralForeground2 },
  field: { alignItems: 'center', columnGap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
});

/** The portal's app header: product and tenant, the sandbox scenario every call is made with, and the theme. */
export function AppHeader() {
  const styles = useStyles();
  const { scenario, setScenario, theme, setTheme } = useSettings();
  return (
    <header className={styles.root}>
      <div className={styles.brand}>
        <Text weight="semibold" size={500}>
          Contoso Partner Admin
        </Text>
        <Text size={200} className={styles.tenant}>
          Tenant: Contoso Cloud Solutions (contoso-csp.onmicrosoft.com)
        </Text>
      </div>
      <SelectField
        label="Sandbox scenario"
        orientation="horizontal"
        className={styles.field}
        value={scenario}
        options={SCENARIOS}
        onChange={(value) => setScenario(value as ScenarioName)}
      />
      <SelectField
        label="Theme"
        orientation="horizontal"
        className={styles.field}
        value={theme}
        options={THEMES}
        onChange={(value) => setTheme(value as Theme)}
      />
    </header>
  );
}
