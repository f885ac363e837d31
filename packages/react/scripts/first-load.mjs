#!/usr/bin/env node
// @ts-check
// What a portal pays up front for ErrorBanner: first-load/app.js renders it from readErrorResponse; React is the
// host's. .size-limit.js holds the chunks loaded before the first error to the budget (`pnpm size`).
import { fileURLToPath } from 'node:url';
import { buildFirstLoad } from '@pc-errors/tooling/first-load';

await buildFirstLoad({
  root: fileURLToPath(new URL('../first-load/', import.meta.url)),
  apps: ['app'],
  external: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'],
});
