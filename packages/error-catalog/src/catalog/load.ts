import type { CatalogAccess } from '../parse/build-error';

let loading: Promise<CatalogAccess | undefined> | undefined;

/**
 * The catalog as the parser uses it, loaded by a dynamic `import()` the first time an error is read: every entry's text (messages,
 * details, fixes, links) is a chunk of its own, which a portal pays for only when an error occurs. `undefined` when
 * the chunk cannot be loaded (a deploy removed it, the network is down). A failed load is not kept: the next call
 * imports again. Whether that fetches the chunk again is the engine's choice: engines that follow
 * https://github.com/whatwg/html/pull/10327 (Firefox, Safari) do; Chromium and Node (nodejs/node#64517) remember the
 * failure for the life of the page or process, and there every later error is explained by its status alone.
 */
export function loadCatalog(): Promise<CatalogAccess | undefined> {
  loading ??= import('./access').then(
    (module) => module.access,
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/**
 * Loads the catalog's text ahead of the first error, for a portal that wants the first error shown without waiting
 * for it (e.g. when the app is idle). Rejects when it cannot be loaded; `readErrorResponse` then still explains errors
 * by their HTTP status.
 * @example requestIdleCallback(() => void loadCatalogText())
 */
export async function loadCatalogText(): Promise<void> {
  if (!(await loadCatalog())) throw new Error('The error catalog could not be loaded.');
}
