import { values, type TokenName } from '@pc-errors/tokens';
import { fluentVariables, semanticTokens } from './tokens-docs';

const THEMES = ['light', 'dark', 'high-contrast'] as const;

function Value({ value }: { value: string }) {
  return (
    <span className="sb-pce-value">
      {value.startsWith('#') && <span className="sb-pce-swatch" style={{ background: value }} aria-hidden="true" />}
      <code>{value}</code>
    </span>
  );
}

/** Every semantic token: its value in each of our themes, the Fluent variable it reads, and what it is for. */
export function TokenTable() {
  return (
    <table className="sb-pce-table">
      <caption>Semantic tokens</caption>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          {THEMES.map((theme) => (
            <th scope="col" key={theme}>
              {theme}
            </th>
          ))}
          <th scope="col">Fluent UI v9 variable</th>
          <th scope="col">Use</th>
        </tr>
      </thead>
      <tbody>
        {semanticTokens.map(({ name, description }) => (
          <tr key={name}>
            <th scope="row">
              <code>--pce-{name}</code>
            </th>
            {THEMES.map((theme) => (
              <td key={theme}>
                <Value value={values[theme][name as TokenName]} />
              </td>
            ))}
            <td>{fluentVariables.has(name) ? <code>--{fluentVariables.get(name)}</code> : '—'}</td>
            <td>{description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
