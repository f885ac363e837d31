import {
  Button,
  Field,
  FluentProvider,
  Input,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { parseErrorResponse } from '@pc-errors/error-catalog';
import { ErrorBanner } from '@pc-errors/react';

// A documented 409 (800060) with Retry-After, as a Fluent portal would show it after a failed checkout.
const error = parseErrorResponse({
  status: 409,
  headers: { 'Retry-After': '30', 'MS-CorrelationId': '7f8c2a1e-3b4d-4c5e-9f60-1a2b3c4d5e6f' },
  body: {
    code: '800060',
    description: 'Your order is in progress. Check your order history for recent orders in few minutes',
    source: 'PartnerFD',
  },
});

const THEMES = [
  ['webLightTheme', webLightTheme],
  ['webDarkTheme', webDarkTheme],
  ['teamsHighContrastTheme', teamsHighContrastTheme],
] as const;

/** The same Fluent form and ErrorBanner in each of Fluent's three themes, themed only by fluent.css. */
export function FluentExample() {
  return (
    <div className="sb-pce-fluent-grid sb-unstyled">
      {THEMES.map(([name, theme]) => (
        <FluentProvider key={name} theme={theme} className="sb-pce-fluent-cell">
          <section aria-label={`In ${name}`}>
            <p>
              <code>{name}</code>
            </p>
            <Field label={`Purchase order (${name})`}>
              <Input defaultValue="PO-2291" />
            </Field>
            <Button appearance="primary">Place order</Button>
            <ErrorBanner error={error} onRetry={() => {}} headingLevel={3} announce="off" />
          </section>
        </FluentProvider>
      ))}
    </div>
  );
}
