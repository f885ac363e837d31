// What `pnpm publish` would put on the registry, checked the way a partner's tools will read it: each published
// package packed with pnpm, then publint (the manifest against the packed files) and Are the Types Wrong (its
// types under every module resolution TypeScript has), both through their own CLIs, and the tarball's contents.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { packPublished } from './pack.mjs';

const run = promisify(execFile);
const destination = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-errors-packs-'));
const packs = packPublished(destination);
afterAll(() => fs.rmSync(destination, { recursive: true, force: true }));

/** What a tarball holds, and its manifest as published. */
const contents = (tarball: string) => execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
const publishedManifest = (tarball: string) =>
  JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as {
    exports: Record<string, unknown>;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  } & Record<string, unknown>;

/** Everything a package may ship: its build, the CLI of the catalog, and the documents npm shows. */
const SHIPPED = /^package\/(dist\/.+|bin\/[^/]+\.mjs|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;

/** An `exports` map as a consumer resolves it: without the development `source` condition. */
function withoutSource(exports: unknown): unknown {
  if (typeof exports !== 'object' || exports === null) return exports;
  const conditions = Object.entries(exports).filter(([key]) => key !== 'source');
  if (conditions.length === 1 && conditions[0]?.[0] === 'default') return conditions[0][1];
  return Object.fromEntries(conditions.map(([key, value]) => [key, withoutSource(value)]));
}

describe.each(packs)('$name', ({ tarball, manifest }) => {
  test('publint finds nothing, suggestions included', async () => {
    // Plain text: publint colours its output whenever CI is set, terminal or not.
    const { stdout } = await run('publint', ['run', tarball, '--strict'], { env: { ...process.env, NO_COLOR: '1' } });
    console.log(stdout);
    expect(stdout).toMatch(/^All good!$/m);
  });

  test('Are the Types Wrong finds no problem for ESM consumers (bundler, node16 and nodenext)', async () => {
    // ESM only: Node 20.19+ require()s it and TypeScript 5.8+ types that under `module: nodenext`, which the
    // TypeScript inside attw 0.18 predates; the consumer check proves both. CSS entry points have no types.
    const css = Object.keys(publishedManifest(tarball).exports)
      .filter((subpath) => subpath.endsWith('.css'))
      .map((subpath) => subpath.slice(2));
    const args = [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'];
    if (css.length) args.push('--exclude-entrypoints', ...css);
    const { stdout } = await run('attw', args); // rejects when attw exits non-zero: a problem the profile counts
    console.log(stdout);
    const esmResolutions = stdout.split('\n').filter((line) => /^(node16 \(from ESM\)|bundler):/.test(line));
    expect(esmResolutions.length).toBeGreaterThan(0);
    expect(esmResolutions.filter((line) => !line.includes('🟢'))).toEqual([]);
  });

  test('ships its build, README, LICENSE and manifest, and nothing else', () => {
    const files = contents(tarball);
    expect(files.filter((file) => !SHIPPED.test(file))).toEqual([]);
    expect(files.filter((file) => /\.(test|stories)\.|__\w+__\//.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/package.json']));
  });

  test('asks for ranges, never a workspace protocol or an exact pin', () => {
    const published = publishedManifest(tarball);
    expect(JSON.stringify(published)).not.toMatch(/workspace:/);
    const ranges = { ...published.dependencies, ...published.peerDependencies };
    expect(Object.entries(ranges).filter(([, range]) => !range.startsWith('^'))).toEqual([]);
    expect(published).toMatchObject({ license: 'MIT', repository: { directory: expect.any(String) } });
  });

  test('publishes the entry points it is developed with, without the source condition', () => {
    // publishConfig.exports is a second copy of exports; this keeps the two from drifting apart.
    expect(publishedManifest(tarball).exports).toEqual(withoutSource(manifest.exports));
  });
});
