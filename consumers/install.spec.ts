// A partner's first day, step by step: install the packed packages with npm into a fresh project, use them from
// Node (ESM and require()), type-check and build a Vite app and a Next.js App Router app. Each step is a test; the
// apps are served and rendered by apps.spec.ts.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { packPublished } from './pack.mjs';
import { consumerDir, createProject, gzipKB, projectDir, sh } from './project';

test.describe.configure({ mode: 'serial' });

/** Every installed copy of a package (npm ls --parseable lists each folder once, deduplicated or not). */
async function copiesOf(name: string) {
  const folders = (await sh('npm', ['ls', '--all', '--parseable', name])).trim().split('\n');
  return folders.filter((folder) => folder.endsWith(path.join('node_modules', name)));
}

test('npm installs the packed packages in a fresh project: one copy of each, no peer conflict', async () => {
  const packs = packPublished(path.join(consumerDir(), 'packs'));
  createProject(packs);
  const output = await sh('npm', ['install', '--no-audit', '--no-fund']);
  console.log(output);
  expect(output).not.toMatch(/ERESOLVE|peer dep|conflicting peer|invalid/i);
  for (const name of [...packs.map((pack) => pack.name), 'radix-ui', 'react'])
    expect(await copiesOf(name), name).toHaveLength(1);
  // Exits non-zero for a missing or invalid dependency or peer anywhere in the tree.
  await sh('npm', ['ls', '--all']);
});

test('a Node service type-checks under module nodenext, imports every package and require()s the catalog', async () => {
  const node = path.join(projectDir(), 'node');
  await sh('tsc', ['-p', node]);
  const esm = JSON.parse(await sh('node', [path.join(node, 'out/esm.mjs')])) as Record<string, unknown>;
  expect(esm).toEqual({
    httpStatus: 429,
    retryable: true,
    retryAfterSeconds: 30,
    ticketMasksToken: true,
    errorBanner: 'function',
    tokens: expect.any(Number),
  });
  const cjs = JSON.parse(await sh('node', [path.join(node, 'out/cjs.cjs')])) as Record<string, unknown>;
  expect(cjs).toMatchObject({ id: '403-2006', category: 'eligibility', summary: expect.any(String) });
});

test('the catalog installs its command: pc-errors explain', async () => {
  const entries = JSON.parse(await sh('pc-errors', ['explain', '2006', '--status', '403', '--json'])) as unknown[];
  expect(entries).toEqual([expect.objectContaining({ id: '403-2006', httpStatus: 403 })]);
});

test('the Vite app type-checks (moduleResolution bundler) and builds', async () => {
  const app = path.join(projectDir(), 'vite-app');
  await sh('tsc', ['-p', app]);
  console.log(await sh('vite', ['build'], app));
  const assets = path.join(app, 'dist/assets');
  const sizes = fs.readdirSync(assets).map((file) => {
    const kB = gzipKB(fs.readFileSync(path.join(assets, file)));
    return { file, kind: path.extname(file).slice(1), kB };
  });
  for (const kind of ['js', 'css']) {
    const total = sizes.filter((size) => size.kind === kind).reduce((sum, size) => sum + size.kB, 0);
    console.log(`Vite app build: ${kind.toUpperCase()} ${total.toFixed(1)} kB gzipped`);
    expect(total, kind).toBeGreaterThan(0);
  }
});

test('the Next.js App Router app type-checks and builds', async () => {
  const app = path.join(projectDir(), 'next-app');
  await sh('tsc', ['-p', app]);
  const output = await sh('next', ['build'], app);
  console.log(output);
  // `ƒ /`: the page is rendered on the server for each request, then hydrated.
  expect(output).toMatch(/ƒ \//);
});
