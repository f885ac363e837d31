import { readErrorResponse, type PartnerCenterError } from '@pc-errors/error-catalog';
import { ErrorBanner } from '@pc-errors/react';
import { useState } from 'react';

/** The Getting started example, live against the sandbox (the MSW stand-in for Partner Center on this page). */
export function FirstBanner() {
  const [error, setError] = useState<PartnerCenterError | null>(null);
  const [status, setStatus] = useState('');

  async function load(scenario: string) {
    setStatus('Loading customers…');
    setError(null);
    const response = await fetch('/v1/customers', { headers: { 'x-pce-scenario': scenario } });
    if (!response.ok) {
      setStatus('');
      setError(await readErrorResponse(response));
      return;
    }
    const customers = (await response.json()) as { totalCount: number };
    setStatus(`${customers.totalCount} customers loaded.`);
  }

  return (
    <div className="sb-pce-example sb-unstyled" data-pce-theme="light">
      <button type="button" className="sb-pce-button" onClick={() => void load('throttled')}>
        Load customers (the sandbox throttles: 429)
      </button>
      <button type="button" className="sb-pce-button" onClick={() => void load('happy-path')}>
        Load customers (healthy)
      </button>
      <p role="status">{status}</p>
      {error && (
        <ErrorBanner
          error={error}
          showFix
          headingLevel={3}
          onRetry={() => void load('happy-path')}
          onDismiss={() => setError(null)}
        />
      )}
    </div>
  );
}
