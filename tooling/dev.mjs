#!/usr/bin/env node
// `npm start` lands here after bootstrap: build the packages, then start the demo portal with the sandbox.
import { spawnSync } from 'node:child_process';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('pnpm', ['turbo', 'run', 'build', '--filter=./packages/*']);
run('pnpm', ['--filter', 'admin-demo', 'dev']);
