import { createHandlers } from '@pc-errors/sandbox';
// Our tokens, then the bridge that makes them read the FluentProvider's theme, then the component styles.
import '@pc-errors/tokens/tokens.css';
import '@pc-errors/tokens/fluent.css';
import '@pc-errors/react/styles.css';
import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { API_BASE } from './api/client';
import { SettingsProvider } from './api/settings';
import './app.css';
import { Portal, reportCaughtError } from './Portal';

// The sandbox answers every Partner Center call in a service worker: no account, no network.
const worker = setupWorker(...createHandlers({ baseUrl: API_BASE, latencyMs: 150 }));
await worker.start({
  onUnhandledRequest: 'bypass',
  quiet: true,
  serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root, { onCaughtError: reportCaughtError }).render(
  <StrictMode>
    <SettingsProvider>
      <Portal />
    </SettingsProvider>
  </StrictMode>,
);
