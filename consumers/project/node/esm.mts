// A Node service that imports every package as ESM (`module: nodenext`): the catalog reads a response from the
// published sandbox, and the React package and the tokens load outside a bundler too.
import { diagnosticsText, readErrorResponse } from '@pc-errors/error-catalog';
import { ErrorBanner } from '@pc-errors/react';
import { createSandboxFetch, SCENARIO_HEADER } from '@pc-errors/sandbox';
import { tokens } from '@pc-errors/tokens';

const partnerCenter = createSandboxFetch({ retryAfterSeconds: 30 });
const response = await partnerCenter('/customers', {
  headers: { Authorization: 'Bearer consumer-check', [SCENARIO_HEADER]: 'throttled' },
});
const error = await readErrorResponse(response);
console.log(
  JSON.stringify({
    httpStatus: error.httpStatus,
    retryable: error.retryable,
    retryAfterSeconds: error.retryAfterSeconds,
    ticketMasksToken: !diagnosticsText(error).includes('consumer-check'),
    errorBanner: typeof ErrorBanner,
    tokens: Object.keys(tokens).length,
  }),
);
