#!/usr/bin/env node
// `pnpm bench` for the tables, measured cold, as a partner's user meets them: a production build of one page,
// a fresh Chromium per repetition, the clock started right before createRoot().render(), real input events
// (a click on a header, typed keys, the mouse wheel), and a row counted as painted only once it shows the
// right data. The built ErrorTable beside a plain TanStack Table + Virtual table, AG Grid Community and
// MUI X DataGrid (MIT) on the same generated rows, and a page with the rows but no table (the floor).
// A benchmark, not a test: it prints numbers and ratios and never fails on a slow machine.
//   node run.mjs [--rows 1000,10000,100000] [--runs 3] [--grids ours,plain,agGrid,mui,floor] [--query subscr]
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@pc-errors/tooling/chromium';
import react from '@vitejs/plugin-react';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { profileMount } from './profile.mjs';

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    grids: { type: 'string', default: 'ours,plain,agGrid,mui,floor' },
    query: { type: 'string', default: 'subscr' },
    profile: { type: 'boolean', default: false },
    live: { type: 'boolean', default: true },
  },
});
const sizes = options.rows.split(',').map(Number);
const runs = Number(options.runs);
const gridNames = options.grids.split(',');
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'node_modules/.cache/table-bench');

await build({
  root: here,
  logLevel: 'warn',
  mode: 'production',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // A profile needs the functions' names; the figures come from the minified page users get.
    minify: !options.profile,
    chunkSizeWarningLimit: 4096, // one page with every grid, on purpose
    rolldownOptions: { onwarn: (warning, next) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && next(warning) },
  },
});
const server = await preview({
  root: here,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
});
const origin = server.resolvedUrls.local[0];

if (options.profile) {
  try {
    for (const grid of gridNames)
      for (const rows of sizes) {
        const { mount, groups, top } = await profileMount(origin, grid, rows);
        console.log(
          `\n${grid}, ${rows.toLocaleString('en')} rows: first rows painted ${mount.toFixed(0)} ms after render()`,
        );
        for (const [label, ms] of groups) console.log(`  ${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms`);
        console.log('  most time of their own:');
        for (const [name, ms] of top)
          console.log(`    ${name.slice(0, 50).padEnd(50)} ${ms.toFixed(0).padStart(6)} ms`);
      }
  } finally {
    await server.close();
  }
  process.exit(0);
}

const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** One fresh browser, one grid, every action once. */
async function measure(grid, rows) {
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(60_000);
    if (process.env.BENCH_DEBUG) page.on('console', (message) => console.error(grid, message.text()));
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${origin}?grid=${grid}&rows=${rows}`);
    await page.waitForFunction(() => 'bench' in window, null, { timeout: 120_000 });
    const figures = { mount: await page.evaluate(() => window.bench.mounted()) };
    // Work a grid does after its first paint belongs to its heap too.
    await page.waitForTimeout(1500);
    figures.heapMB = (await page.evaluate(() => window.bench.heap())) / 2 ** 20;
    if (grid === 'floor') return figures;
    const selectors = await page.evaluate(() => window.bench.grid);
    const settled = () => page.evaluate(() => window.bench.settled());
    const arm = (expect, argument) =>
      page.evaluate(
        ([name, value]) => {
          window.bench.expect(name, value);
          window.bench.arm();
        },
        [expect, argument],
      );

    const viewport = await page.locator(selectors.viewport).first().boundingBox();
    await page.mouse.move(viewport.x + viewport.width / 2, viewport.y + viewport.height / 2);
    const distance = await page.evaluate(() => window.bench.middleDistance());
    await arm('middle');
    await page.mouse.wheel(0, distance);
    figures.scrollMiddle = (await settled()).first;

    // Scrolling: 60 wheel steps of 3 rows or so, as fast as they come, frame intervals recorded by the page.
    await page.evaluate(() => window.bench.frames());
    for (let step = 0; step < 60; step++) await page.mouse.wheel(0, step % 30 < 20 ? 120 : -120);
    figures.scrollFrameP95 = percentile(await page.evaluate(() => window.stopFrames()), 0.95);
    await page.evaluate(() => window.bench.toTop());
    await page.waitForTimeout(500);

    await arm('sorted');
    await page.click(selectors.sortHeader);
    figures.sort = (await settled()).first;

    await page.click(selectors.searchBox);
    await page.waitForTimeout(300);
    await arm('filtered', options.query);
    await page.keyboard.type(options.query);
    const typed = await settled();
    figures.keys = typed.first;
    figures.lastKey = typed.last;
    if (errors.length) throw errors[0];
    return figures;
  } finally {
    await browser.close();
  }
}

const launch = () =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    // A fixed window; precise heap figures and a gc() to call before reading them; wheel steps applied at once.
    args: [
      ...CHROMIUM_ARGS,
      '--window-size=1280,900',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      '--disable-smooth-scrolling',
    ],
  });

/**
 * A live log: 1,000 errors a second arrive (100 every 100 ms) while the user scrolls with the wheel, with a row
 * focused and expanded, then types a search at 10 keys a second. Frame intervals are recorded in each phase.
 */
async function measureLive(rows) {
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${origin}?grid=live&rows=${rows}`);
    await page.waitForFunction(() => 'bench' in window, null, { timeout: 120_000 });
    await page.evaluate(() => window.bench.mounted());
    await page.waitForTimeout(1500);
    // The reader opens the fourth error's fix; focus is on its row's button.
    await page.click('tr[data-row-index="3"] .pce-table__expand');
    const watchedId = await page.evaluate(
      () => document.activeElement?.closest('tr')?.querySelector('[data-column="correlationId"]')?.textContent,
    );
    const viewport = await page.locator('.pce-table__scroll').boundingBox();
    await page.mouse.move(viewport.x + viewport.width / 2, viewport.y + viewport.height / 2);
    await page.evaluate(() => {
      window.bench.frames();
      window.startLive();
    });
    for (let step = 0; step < 60; step++) await page.mouse.wheel(0, step % 20 < 10 ? 150 : -150);
    await page.waitForTimeout(500);
    const scrolling = await page.evaluate(() => window.stopFrames());
    const kept = await page.evaluate((id) => {
      const row = document.activeElement?.closest('tr');
      return {
        focus: row?.querySelector('[data-column="correlationId"]')?.textContent === id,
        expansion: row?.getAttribute('data-state') === 'open' && !!row.nextElementSibling?.textContent,
      };
    }, watchedId);
    await page.evaluate(() => window.bench.frames());
    await page.click('input[type="search"]');
    await page.keyboard.type(options.query, { delay: 100 });
    for (let step = 0; step < 30; step++) await page.mouse.wheel(0, step % 10 < 5 ? 150 : -150);
    const typing = await page.evaluate(() => window.stopFrames());
    const shown = await page.evaluate(() => document.querySelector('.pce-table__count')?.textContent);
    return { scrolling, typing, ...kept, shown };
  } finally {
    await browser.close();
  }
}

const FIGURES = [
  ['mount', 'mount → first rows painted', 'ms', 300],
  ['sort', 'sort click → painted', 'ms', 100],
  ['keys', `${options.query.length} keys typed → right rows painted`, 'ms', 600],
  ['lastKey', 'last key → right rows painted', 'ms', 100],
  ['scrollMiddle', 'wheel to the middle → painted', 'ms'],
  // Frame intervals from requestAnimationFrame jitter by a few tenths around 16.7 ms: half a millisecond is allowed.
  ['scrollFrameP95', 'wheel scrolling, 95th percentile frame', 'ms', 1000 / 60 + 0.5],
  ['heapMB', 'JS heap after mount (rows included)', 'MB'],
];
const results = {};
const live = [];
const catalogRuns = [];
try {
  for (const rows of sizes) {
    results[rows] = Object.fromEntries(gridNames.map((grid) => [grid, []]));
    for (let run = 0; run < runs; run++) {
      // A different order each run, so that a busy moment of the machine does not fall on one grid alone.
      const order = gridNames.map((_, index) => gridNames[(index + run) % gridNames.length]);
      for (const grid of order) {
        try {
          results[rows][grid].push(await measure(grid, rows));
        } catch (error) {
          console.error(`${grid} at ${rows} rows, run ${run + 1}: ${error.message.split('\n')[0]}`);
        }
        process.stderr.write('.');
      }
    }
  }
  // ErrorCatalogTable at its own size (every documented entry), the same actions and targets.
  if (gridNames.includes('ours'))
    for (let run = 0; run < runs; run++) {
      catalogRuns.push(await measure('catalog', 1));
      process.stderr.write('.');
    }
  if (options.live && gridNames.includes('ours'))
    for (let run = 0; run < runs; run++) {
      live.push(await measureLive(Math.max(...sizes)));
      process.stderr.write('.');
    }
} finally {
  await server.close();
}

const number = (value) =>
  !Number.isFinite(value) ? '–' : value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1);
const peers = gridNames.filter((grid) => grid !== 'ours' && grid !== 'floor');
const [load] = os.loadavg();
console.log(
  `\n\nTables, cold: a fresh Chromium per run, production build, median of ${runs} runs (load average ${load.toFixed(2)} on ${os.cpus().length} cores)`,
);
for (const rows of sizes) {
  console.log(`\n${rows.toLocaleString('en')} rows`);
  const header = ['figure'.padEnd(44), ...gridNames.map((grid) => grid.padStart(9)), '÷ best peer'.padStart(12)];
  if (rows === 100_000) header.push('  target');
  console.log(header.join(' '));
  for (const [key, label, unit, target] of FIGURES) {
    const medians = Object.fromEntries(
      gridNames.map((grid) => [grid, median(results[rows][grid].map((figures) => figures[key]))]),
    );
    const best = Math.min(...peers.map((grid) => medians[grid]).filter(Number.isFinite));
    const ours = medians.ours;
    const cells = [`${label} (${unit})`.padEnd(44), ...gridNames.map((grid) => number(medians[grid]).padStart(9))];
    cells.push((Number.isFinite(ours) && Number.isFinite(best) ? `${(ours / best).toFixed(2)}×` : '–').padStart(12));
    if (rows === 100_000 && target !== undefined)
      cells.push(`  ≤ ${number(target)}: ${ours <= target ? 'met' : 'MISSED'}`);
    console.log(cells.join(' '));
  }
  if (gridNames.includes('plain') && gridNames.includes('ours')) {
    const heap = (grid) => median(results[rows][grid].map((figures) => figures.heapMB));
    console.log(`${'heap ÷ plain table'.padEnd(44)} ${`${(heap('ours') / heap('plain')).toFixed(2)}×`.padStart(9)}`);
  }
}
if (catalogRuns.length) {
  console.log(`\nErrorCatalogTable, every documented entry, median of ${catalogRuns.length} runs`);
  for (const [key, label, unit, target] of FIGURES) {
    const value = median(catalogRuns.map((figures) => figures[key]));
    const verdict = target === undefined ? '' : `  ≤ ${number(target)}: ${value <= target ? 'met' : 'MISSED'}`;
    console.log(`${`${label} (${unit})`.padEnd(44)} ${number(value).padStart(9)}${verdict}`);
  }
}
if (live.length) {
  const p95 = (key) => median(live.map((run) => percentile(run[key], 0.95)));
  const over = (key) =>
    median(live.map((run) => run[key].filter((ms) => ms > 1000 / 60 + 0.5).length / run[key].length));
  console.log(
    `\nLive log: ${Math.max(...sizes).toLocaleString('en')} rows + 1,000 errors a second, ErrorTable, median of ${live.length} runs`,
  );
  for (const [key, label] of [
    ['scrolling', 'wheel scrolling with a row focused and expanded'],
    ['typing', `typing "${options.query}" at 10 keys a second, then scrolling`],
  ])
    console.log(
      `  ${label.padEnd(58)} frame p95 ${p95(key).toFixed(1)} ms, ${(over(key) * 100).toFixed(0)}% of frames over 17.2 ms`,
    );
  console.log(
    `  focus kept on its row: ${live.filter((run) => run.focus).length}/${live.length}; expansion kept: ${live.filter((run) => run.expansion).length}/${live.length}; after typing: ${live[0].shown}`,
  );
}
