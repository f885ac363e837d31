#!/usr/bin/env node
// @ts-check
// What a portal pays for the catalog: `app.js` imports only readErrorResponse (the catalog comes as a lazy chunk on
// the first error); `everything.js` imports every export, the whole catalog in one bundle. `pnpm size` holds the chunks
// to their budgets.
import { fileURLToPath } from 'node:url';
import { buildFirstLoad } from '@pc-errors/tooling/first-load';

await buildFirstLoad({ root: fileURLToPath(new URL('../first-load/', import.meta.url)), apps: ['app', 'everything'] });
