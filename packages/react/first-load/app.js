// A portal's first load, as a consumer's bundler builds it: it renders ErrorBanner (with its fix) from
// readErrorResponse, and imports nothing else of the two packages. React is left out of the measure: every portal has it.
/* global document, location */
import { readErrorResponse } from '@pc-errors/error-catalog';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBanner } from '../dist/index.js';

const error = await readErrorResponse(await fetch('/api/customers'));
createRoot(document.body).render(
  createElement(ErrorBanner, { error, showFix: true, onRetry: () => location.reload(), onDismiss: () => {} }),
);
