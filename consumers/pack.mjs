// Packs every published workspace package with `pnpm pack`, exactly as `pnpm publish` would: `workspace:^`
// becomes `^<version>` and `publishConfig.exports` replaces the development `exports` (no `source` condition).
// Both checks of this folder start from these tarballs: the package lint and the consumer apps.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ name: string; version: string; private?: boolean; exports?: Record<string, unknown>;
 *   publishConfig?: { exports?: Record<string, unknown> } }} Manifest
 * @typedef {{ name: string; folder: string; tarball: string; manifest: Manifest }} Packed
 */

/**
 * The workspace packages that are published: every folder of `packages/` whose manifest is not private.
 * @returns {{ folder: string; manifest: Manifest }[]}
 */
export function publishedPackages() {
  return fs
    .readdirSync(path.join(root, 'packages'))
    .sort()
    .map((name) => path.join(root, 'packages', name))
    .filter((folder) => fs.existsSync(path.join(folder, 'package.json')))
    .map((folder) => ({
      folder,
      manifest: /** @type {Manifest} */ (JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'))),
    }))
    .filter(({ manifest }) => !manifest.private);
}

/**
 * Packs every published package into `destination` (created if missing). Packages must be built (`dist/`).
 * @param {string} destination
 * @returns {Packed[]}
 */
export function packPublished(destination) {
  fs.mkdirSync(destination, { recursive: true });
  return publishedPackages().map(({ folder, manifest }) => {
    // Lifecycle scripts are skipped: the packages are built (Turborepo's ^build), and the tokens' `prepare` would
    // rebuild their dist/ while the other check of this folder may be packing it.
    const args = ['pack', '--json', '--config.ignore-scripts=true', '--pack-destination', destination];
    const output = execFileSync('pnpm', args, {
      cwd: folder,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { filename } = /** @type {{ filename: string }} */ (JSON.parse(output));
    return { name: manifest.name, folder, tarball: path.resolve(destination, filename), manifest };
  });
}
