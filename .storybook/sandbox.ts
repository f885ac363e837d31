// The Partner Center sandbox (@pc-errors/sandbox) answering on this page's origin under /v1, through an MSW
// service worker: the same handlers the demo app and the tests use. Stories call it with `fetch('/v1/…')`
// and pick a failure with the `x-pce-scenario` header.
import { createHandlers } from '@pc-errors/sandbox';
import { setupWorker } from 'msw/browser';

let started: Promise<unknown> | undefined;

/** Starts the worker once per page; later calls wait for the same start. */
export function startSandbox(): Promise<unknown> {
  started ??= setupWorker(...createHandlers({ baseUrl: '/v1' })).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // BASE_URL is './' in the static build (served from any folder) and '/' in dev and in the Vitest run.
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return started;
}
