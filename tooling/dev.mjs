#!/usr/bin/env node
// `npm start` lands here after bootstrap: build the packages, then start the demo portal
// (or Storybook, or the catalog CLI, while the parts that come later are not in the tree yet).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('pnpm', ['turbo', 'run', 'build', '--filter=./packages/*']);
if (fs.existsSync('apps/admin-demo/package.json')) run('pnpm', ['--filter', 'admin-demo', 'dev']);
else if (fs.existsSync('.storybook')) run('pnpm', ['run', 'storybook']);
else run('pnpm', ['--filter', '@pc-errors/error-catalog', 'exec', 'pc-errors', 'explain', '2006']);
