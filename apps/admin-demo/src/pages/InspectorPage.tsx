import { describeProblem, parseErrorResponse, toProblemDetails } from '@pc-errors/error-catalog';
import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { ErrorBanner, FixSuggestion, useI18n } from '@pc-errors/react';
import { useId, useMemo, useState } from 'react';
import { usePageStyles } from '../components/styles';
import { readPaste } from '../inspector';

const useStyles = makeStyles({
  wide: { gridColumnStart: 1, gridColumnEnd: -1 },
  code: {
    overflow: 'auto',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyMonospace,
    '& pre': { margin: 0 },
  },
});

// 800060 is documented as 409 Conflict; the service may say when to look again.
const EXAMPLE = `HTTP/1.1 409 Conflict
Content-Type: application/json
MS-CorrelationId: 7f8c2a1e-3b4d-4c5e-9f60-1a2b3c4d5e6f
MS-RequestId: 0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11
Retry-After: 30
Authorization: Bearer this-header-is-dropped

{"code":"800060","description":"Your order is in progress. Check your order history for recent orders in few minutes","data":[],"source":"PartnerFD"}`;

export function InspectorPage() {
  const { messages } = useI18n();
  const [raw, setRaw] = useState('');
  const [fallbackStatus, setFallbackStatus] = useState('400');
  const styles = usePageStyles();
  const inspector = useStyles();
  const rawId = useId();
  const hintId = useId();
  const detailsId = useId();
  const error = useMemo(() => {
    if (!raw.trim()) return null;
    const paste = readPaste(raw, Number(fallbackStatus) || 0);
    const parsed = parseErrorResponse({
      status: paste.status,
      headers: paste.headers,
      body: paste.body,
      receivedAt: paste.receivedAt,
    });
    // With no response there is no catalog entry to name it: a ticket's title ("The request timed out") is all there is.
    return parsed.httpStatus === 0 && paste.title ? { ...parsed, title: paste.title } : parsed;
  }, [raw, fallbackStatus]);

  return (
    <>
      <Text as="p" id={hintId}>
        Paste a raw Partner Center response (status line, headers, blank line, body), just its body, or the text an
        error&rsquo;s &ldquo;Copy details&rdquo; puts on the clipboard. It is read by <code>parseErrorResponse</code>:
        only allow-listed headers are kept, and the description is shown as text.
      </Text>
      <div className={styles.form}>
        <Field label="Raw HTTP response" className={inspector.wide}>
          <Textarea
            className={styles.mono}
            rows={10}
            resize="vertical"
            value={raw}
            aria-describedby={hintId}
            onChange={(_, data) => setRaw(data.value)}
            spellCheck={false}
          />
        </Field>
        <Field label="HTTP status when the paste has no status line">
          <Input
            className={styles.number}
            type="number"
            value={fallbackStatus}
            onChange={(_, data) => setFallbackStatus(data.value)}
          />
        </Field>
        <div className={styles.formActions}>
          <Button onClick={() => setRaw(EXAMPLE)}>Paste an example</Button>
        </div>
      </div>
      {error && (
        <section aria-labelledby={`${rawId}-result`} className={styles.stack}>
          <h2 id={`${rawId}-result`}>How a portal shows it</h2>
          <ErrorBanner error={error} announce="polite" headingLevel={3} />
          <FixSuggestion error={error} headingLevel={3} />
          <h3 id={detailsId}>Problem details (RFC 9457)</h3>
          {/* A named region, not a named <pre>: a name is not allowed on a generic element. Focusable, so a keyboard can scroll it. */}
          <div role="region" aria-labelledby={detailsId} className={inspector.code} tabIndex={0}>
            <pre>{JSON.stringify(toProblemDetails(error), null, 2)}</pre>
          </div>
          {error.problems.length > 0 && (
            <>
              <h3>What was wrong with the input</h3>
              <ul>
                {error.problems.map((problem) => (
                  <li key={`${problem.code} ${problem.detail ?? ''}`}>{describeProblem(problem, messages.problems)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
