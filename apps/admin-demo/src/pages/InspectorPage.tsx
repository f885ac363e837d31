import { parseErrorResponse, toProblemDetails } from '@pc-errors/error-catalog';
import { ErrorBanner, FixSuggestion } from '@pc-errors/react';
import { useId, useMemo, useState } from 'react';
import { parseRawHttp } from '../inspector';

const EXAMPLE = `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
MS-CorrelationId: 7f8c2a1e-3b4d-4c5e-9f60-1a2b3c4d5e6f
MS-RequestId: 0b5e2f0c-7d6e-4a51-9f41-2d1e0c1b7a11
Retry-After: 30
Authorization: Bearer this-header-is-dropped

{"code":"800060","description":"Your order is in progress. Check your order history for recent orders in few minutes","data":[],"source":"PartnerFD"}`;

export function InspectorPage() {
  const [raw, setRaw] = useState('');
  const [fallbackStatus, setFallbackStatus] = useState('400');
  const rawId = useId();
  const statusId = useId();
  const hintId = useId();
  const error = useMemo(() => {
    if (!raw.trim()) return null;
    const response = parseRawHttp(raw, Number(fallbackStatus) || 0);
    return parseErrorResponse({ status: response.status, headers: response.headers, body: response.body });
  }, [raw, fallbackStatus]);

  return (
    <>
      <p id={hintId}>
        Paste a raw Partner Center response (status line, headers, blank line, body) or just its body. It is read by <code>parseErrorResponse</code>: only
        allow-listed headers are kept, and the description is shown as text.
      </p>
      <div className="demo-form">
        <label htmlFor={rawId}>Raw HTTP response</label>
        <textarea
          id={rawId}
          className="pce-input demo-textarea"
          rows={10}
          value={raw}
          aria-describedby={hintId}
          onChange={(event) => setRaw(event.target.value)}
          spellCheck={false}
        />
        <label htmlFor={statusId}>HTTP status when the paste has no status line</label>
        <input
          id={statusId}
          className="pce-input demo-number"
          type="number"
          value={fallbackStatus}
          onChange={(event) => setFallbackStatus(event.target.value)}
        />
        <button type="button" className="pce-button" onClick={() => setRaw(EXAMPLE)}>
          Paste an example
        </button>
      </div>
      {error && (
        <section aria-labelledby={`${rawId}-result`} className="demo-stack">
          <h2 id={`${rawId}-result`}>How a portal shows it</h2>
          <ErrorBanner error={error} announce="polite" headingLevel={3} />
          <FixSuggestion error={error} headingLevel={3} />
          <h3>Problem details (RFC 9457)</h3>
          <pre className="demo-code" tabIndex={0} aria-label="Problem details JSON">
            {JSON.stringify(toProblemDetails(error), null, 2)}
          </pre>
          {error.problems.length > 0 && (
            <>
              <h3>What was wrong with the input</h3>
              <ul>
                {error.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
