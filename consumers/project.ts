// The fresh partner project of the consumer check: where it lives (in the OS temp folder, outside the workspace, so
// no workspace link or hoisted package can help it), how it is made from ./project and the packed tarballs, and how
// its commands and servers are run. One install serves the Node service and both apps, as in a partner's
// repository that holds several apps: each is type-checked and built on its own, against the same packages.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Packed } from './pack.mjs';

const TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'project');

/** The temp folder of this run, made by playwright.config.ts; the project is its `project/`. */
export function consumerDir(): string {
  const dir = process.env.PCE_CONSUMER_DIR;
  if (!dir) throw new Error('PCE_CONSUMER_DIR is not set: run the check with `playwright test` in consumers/');
  return dir;
}
export const projectDir = () => path.join(consumerDir(), 'project');

/** The machine's own npm settings, kept: where the registry is and how to reach it. */
const NPM_SETTINGS =
  /^npm_config_(registry|cache|userconfig|globalconfig|https?_proxy|proxy|noproxy|cafile|strict_ssl)$/i;

/**
 * The environment of the project's commands: without what pnpm sets for the workspace's scripts (`npm_config_*`,
 * `npm_package_*`, `PNPM_*`), as in a partner's fresh shell; with telemetry off and no colours, so that their output
 * reads as plain text.
 */
const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^p?npm_/i.test(key) || NPM_SETTINGS.test(key))),
  NEXT_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

/**
 * Runs a command of the project (`npm`, or a binary of its node_modules/.bin) and resolves with what it printed;
 * rejects with that output when it exits non-zero.
 */
export async function sh(command: string, args: string[], cwd = projectDir()): Promise<string> {
  const bin = path.join(projectDir(), 'node_modules/.bin', command);
  const file = fs.existsSync(bin) ? bin : command;
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { cwd, env: ENV, maxBuffer: 64 * 1024 * 1024 });
    return `${stdout}${stderr}`;
  } catch (failure) {
    const { stdout = '', stderr = '' } = failure as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}${stderr}`, { cause: failure });
  }
}

/**
 * Copies ./project into the temp folder and adds every tarball as a `file:` dependency, as `npm install <tarball>`
 * would write it. The sources' tsconfig files are named tsconfig.consumer.json in the repository, so that the
 * workspace's own type check and lint read them with the workspace's settings; here they become tsconfig.json.
 */
export function createProject(packs: Packed[]): void {
  fs.cpSync(TEMPLATE, projectDir(), { recursive: true });
  for (const entry of fs.readdirSync(projectDir(), { recursive: true, encoding: 'utf8' }))
    if (path.basename(entry) === 'tsconfig.consumer.json')
      fs.renameSync(path.join(projectDir(), entry), path.join(projectDir(), path.dirname(entry), 'tsconfig.json'));
  const manifestFile = path.join(projectDir(), 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { dependencies: Record<string, string> };
  for (const { name, tarball } of packs) manifest.dependencies[name] = `file:${tarball}`;
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** A server of the project, started on a free port. */
export interface Server {
  url: string;
  stop: () => void;
}

/**
 * Starts `command` (a binary of the project) and resolves once it prints the local URL it listens on.
 * @example await serve('next', ['start', '-H', '127.0.0.1', '-p', '0'], 'next-app')
 */
export function serve(command: string, args: string[], app: string): Promise<Server> {
  const child = spawn(path.join(projectDir(), 'node_modules/.bin', command), args, {
    cwd: path.join(projectDir(), app),
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stop() ends the server's children too.
    detached: true,
  });
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${command} did not print its URL within 30 s:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${String(code)} before it listened:\n${output}`));
    });
  });
}

/** Size of `bytes` gzipped at the default level, in kB (1,000 bytes), as build tools report it. */
export const gzipKB = (bytes: Uint8Array) => gzipSync(bytes).length / 1000;
