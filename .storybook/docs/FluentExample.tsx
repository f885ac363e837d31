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

// Three documented failures a Fluent portal shows after a failed order (one per theme, so each banner has its name).
const conflict = parseErrorResponse({
  status: 409,
  headers: { 'Retry-After': '30' },
  body: {
    code: '800060',
    description: 'Your order is in progress. Check your order history for recent orders in few minutes',
    source: 'PartnerFD',
  },
});
const throttled = parseErrorResponse({
  status: 429,
  headers: { 'Retry-After': '20' },
  body: { code: '429', description: 'Rate limit is exceeded. Try again in 20 seconds.', source: 'PartnerFD' },
});
const validation = parseErrorResponse({
  status: 400,
  body: { code: '600049', description: 'Organization registration ID information is missing', source: 'PartnerFD' },
});

const THEMES = [
  ['webLightTheme', webLightTheme, conflict],
  ['webDarkTheme', webDarkTheme, throttled],
  ['teamsHighContrastTheme', teamsHighContrastTheme, validation],
] as const;

/** A Fluent form and an ErrorBanner in each of Fluent's three themes, themed only by fluent.css. */
export function FluentExample() {
  return (
    <div className="sb-pce-fluent-grid sb-unstyled">
      {THEMES.map(([name, theme, error]) => (
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
