#!/usr/bin/env node
// Makes a fresh machine ready with only Node and npm on it: the pinned pnpm, then the locked dependencies.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

/** @param {string} command */
const run = (command) => execSync(command, { stdio: 'inherit' });
const pinned = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager.split(
  '@',
)[1];

let current = '';
try {
  current = execSync('pnpm --version', { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
} catch {
  // no pnpm yet
}
if (current !== pinned) {
  console.log(`Installing pnpm ${pinned} (found ${current || 'none'})`);
  run(`npm install -g pnpm@${pinned}`);
}
run('pnpm install --frozen-lockfile');
if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.warn('Debian Chromium is missing: real-browser tests need it. Install it with: apt-get install -y chromium');
}
