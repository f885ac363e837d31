// The published files (dist/, built before the tests run) keep the catalog's text out of readErrorResponse's static
// module graph, and readErrorResponse still resolves when that text cannot be loaded.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const STATIC_IMPORT = /(?:from|import)\s*["'`](\.[^"'`]+)["'`]/g;

/** Every file a module imports statically, itself included, following relative imports through dist/. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
    staticGraph(resolve(dirname(file), specifier!), seen);
  return seen;
}

describe('the light first load, as published', () => {
  const graphOf = (module: string) => [...staticGraph(join(dist, module))].map((file) => file.slice(dist.length));

  it("readErrorResponse's static graph holds no catalog text: the data and the advice come by a dynamic import", () => {
    const graph = graphOf('parse/read-error-response.js');
    expect(graph).toContain('catalog/load.js');
    for (const heavy of ['data/', 'catalog/catalog.js', 'catalog/http-statuses.js', 'catalog/oauth-remediation.js'])
      expect(graph.filter((file) => file.startsWith(heavy))).toEqual([]);
    expect(readFileSync(join(dist, 'catalog/load.js'), 'utf8')).toMatch(/import\(\s*[`"']\.\/access\.js[`"']\s*\)/);
  });

  // The modules of the exports a first screen may import (ErrorBanner's): none holds an entry's text.
  it.each([
    'parse/network-error.js',
    'parse/status-fallback.js',
    'format/problems.js',
    'format/diagnostics.js',
    'format/problem-details.js',
    'format/format-message.js',
    'request-error.js',
    'catalog/identity-code.js',
    'catalog/remediation.js',
  ])('%s loads no entry text', (module) => {
    expect(graphOf(module).filter((file) => file.startsWith('data/') || file === 'catalog/catalog.js')).toEqual([]);
  });

  const copy = mkdtempSync(join(tmpdir(), 'pc-errors-dist-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('when the catalog chunk cannot be loaded, the error is explained by its status and says so', async () => {
    cpSync(dist, copy, { recursive: true });
    rmSync(join(copy, 'catalog/access.js'));
    // As a portal that imports only readErrorResponse has them: the modules of its static graph.
    const load = async <T>(file: string) =>
      (await import(/* @vite-ignore */ pathToFileURL(join(copy, file)).href)) as T;
    const { readErrorResponse } = await load<typeof import('../src')>('parse/read-error-response.js');
    const { loadCatalogText } = await load<typeof import('../src')>('catalog/load.js');
    const error = await readErrorResponse(
      new Response(JSON.stringify({ code: 800089, description: 'Over the limit.', source: 'PartnerFD' }), {
        status: 403,
      }),
    );
    expect(error).toMatchObject({ httpStatus: 403, code: '800089', title: 'Forbidden', category: 'authorization' });
    expect(error.entry).toBeUndefined();
    expect(error.problems).toContainEqual({ code: 'catalog-unavailable' });
    await expect(loadCatalogText()).rejects.toThrow('could not be loaded');
  });

  const stalled = mkdtempSync(join(tmpdir(), 'pc-errors-dist-'));
  afterAll(() => rmSync(stalled, { recursive: true, force: true }));

  it('when the catalog chunk never arrives, the call still ends by its timeoutMs, or when its signal aborts', async () => {
    cpSync(dist, stalled, { recursive: true });
    // A chunk whose request never completes (a stalled CDN): importing it never settles.
    writeFileSync(
      join(stalled, 'catalog/access.js'),
      'await new Promise(() => {});\nexport const access = undefined;\n',
    );
    const { readErrorResponse } = (await import(
      /* @vite-ignore */ pathToFileURL(join(stalled, 'parse/read-error-response.js')).href
    )) as typeof import('../src');
    const response = () => new Response('{"code":800089,"description":"Over the limit."}', { status: 403 });
    const timedOut = await readErrorResponse(response(), { timeoutMs: 50 });
    expect(timedOut).toMatchObject({ httpStatus: 403, code: '800089', title: 'Forbidden' });
    expect(timedOut.problems).toContainEqual({ code: 'catalog-unavailable' });
    const controller = new AbortController();
    const pending = readErrorResponse(response(), { signal: controller.signal, timeoutMs: 2 ** 31 - 1 });
    setTimeout(() => controller.abort(), 20);
    expect((await pending).problems).toContainEqual({ code: 'catalog-unavailable' });
  });

  it('with the chunk in place, the same response carries its full entry', async () => {
    const { readErrorResponse, loadCatalogText } = (await import(
      /* @vite-ignore */ pathToFileURL(join(dist, 'index.js')).href
    )) as typeof import('../src');
    await expect(loadCatalogText()).resolves.toBeUndefined();
    const error = await readErrorResponse(
      new Response(JSON.stringify({ code: 800089, description: 'Over the limit.', source: 'PartnerFD' }), {
        status: 403,
      }),
    );
    expect(error.entry?.id).toBe('403-800089');
    expect(error.entry?.remediation.steps.length).toBeGreaterThan(0);
  });
});
