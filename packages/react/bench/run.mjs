#!/usr/bin/env node
// `pnpm bench` for the table: the built ErrorTable against a plain @tanstack/react-table +
// @tanstack/react-virtual table, same data, same page, same run, in Debian's Chromium.
// Prints medians of several runs and each of our figures as a ratio to the plain table's.
// A benchmark, not a test: it reports numbers and never fails on a slow machine.
//   node bench/run.mjs [--rows 1000,10000,100000] [--runs 5] [--filter subscr]
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from '../../../e2e/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../tooling/chromium.mjs';

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    filter: { type: 'string', default: 'subscr' },
  },
});
const sizes = options.rows.split(',').map(Number);
const runs = Number(options.runs);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '../node_modules/.cache/table-bench');

await build({
  root: here,
  logLevel: 'warn',
  mode: 'production',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048, // one page, one chunk, on purpose
    rolldownOptions: { onwarn: (warning, next) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && next(warning) },
  },
});
const server = await serveStatic(outDir);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  // A fixed window, precise heap figures and a gc() to call before reading them.
  args: [...CHROMIUM_ARGS, '--window-size=1280,900', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** One fresh page, one table, every action once. */
async function measure(impl, rows) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/?impl=${impl}&rows=${rows}`);
  await page.waitForFunction(() => 'bench' in window);
  const figures = { mount: await page.evaluate(() => window.bench.mounted()) };

  const timed = async (act) => {
    await page.evaluate(() => window.bench.arm());
    await act();
    return page.evaluate(() => window.bench.settled());
  };

  const beforeSort = await page.evaluate(() => window.bench.firstRowText());
  figures.sort = (await timed(() => page.getByRole('button', { name: /^Status/ }).click())).painted;
  if ((await page.evaluate(() => window.bench.firstRowText())) === beforeSort)
    throw new Error(`${impl}: the sort click changed nothing`);

  const search = page.getByRole('searchbox').first();
  await search.focus();
  const keystrokes = [];
  for (const key of options.filter) keystrokes.push(await timed(() => page.keyboard.type(key)));
  figures.filter = median(keystrokes.map((keystroke) => keystroke.painted));
  figures.filterWorst = Math.max(...keystrokes.map((keystroke) => keystroke.painted));
  figures.keystrokeFrame = median(keystrokes.map((keystroke) => keystroke.nextFrame));
  await timed(() => search.fill(''));

  figures.scrollMiddle = (await timed(() => page.evaluate(() => window.bench.scrollToMiddle()))).painted;
  const middle = await page.evaluate(() => window.bench.firstRowIndexes());
  if (rows > 1000 && !middle.some((index) => Math.abs(index - rows / 2) < rows * 0.05))
    throw new Error(`${impl}: scrolled to ${middle[0]}, not the middle`);

  const intervals = await page.evaluate(() => window.bench.scrollFrames(120, 120));
  figures.scrollFrameP95 = percentile(intervals, 0.95);
  figures.heapMB = (await page.evaluate(() => window.bench.heap())) / 2 ** 20;
  await context.close();
  return figures;
}

const rowsOut = [];
const FIGURES = [
  ['mount', 'mount → first rows painted', 'ms', 300],
  ['sort', 'sort click → new order painted', 'ms', 200],
  ['filter', `filter keystroke → rows painted (median of ${options.filter.length})`, 'ms', 100],
  ['filterWorst', 'filter keystroke, slowest', 'ms'],
  ['keystrokeFrame', 'keystroke → next frame (typing stays responsive)', 'ms'],
  ['scrollMiddle', 'scroll to the middle → painted', 'ms'],
  ['scrollFrameP95', 'scrolling, 95th percentile frame', 'ms', 1000 / 60 + 1],
  ['heapMB', 'JS heap after gc (data included)', 'MB'],
];
try {
  for (const rows of sizes) {
    const samples = { ours: [], plain: [] };
    // Alternate the two so that a busy moment of the machine falls on both alike.
    for (let run = 0; run < runs; run++)
      for (const impl of run % 2 ? ['plain', 'ours'] : ['ours', 'plain']) samples[impl].push(await measure(impl, rows));
    for (const [key, label, unit, target] of FIGURES) {
      const ours = median(samples.ours.map((figures) => figures[key]));
      const plain = median(samples.plain.map((figures) => figures[key]));
      rowsOut.push({
        rows,
        label,
        unit,
        ours,
        plain,
        ratio: ours / plain,
        target: rows === 100_000 ? target : undefined,
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const number = (value) => (value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1));
console.log(`\nErrorTable vs plain TanStack Table + Virtual, Chromium, median of ${runs} runs each\n`);
console.log(
  `${'rows'.padStart(8)}  ${'figure'.padEnd(50)} ${'ours'.padStart(9)} ${'plain'.padStart(9)} ${'ratio'.padStart(7)}  target`,
);
for (const row of rowsOut) {
  const verdict =
    row.target === undefined ? '' : `≤ ${number(row.target)} ${row.unit}: ${row.ours <= row.target ? 'met' : 'MISSED'}`;
  const ratio = `${row.ratio.toFixed(2)}×`;
  console.log(
    `${row.rows.toLocaleString('en').padStart(8)}  ${row.label.padEnd(50)} ${`${number(row.ours)} ${row.unit}`.padStart(9)} ${`${number(row.plain)} ${row.unit}`.padStart(9)} ${ratio.padStart(7)}  ${verdict}`,
  );
}
