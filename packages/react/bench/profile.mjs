// Where a grid's mount time goes: a CPU profile (Chromium's sampling profiler, 100 µs) from render() to the
// first rows painted, of a build that keeps function names. Printed as time inside groups of functions (a
// sample counts once per group on its stack) and the functions with the most time of their own.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@pc-errors/tooling/chromium';
import { chromium } from 'playwright-core';

const GROUPS = [
  [
    'TanStack row models (core, filter, sort, facets)',
    /RowModel|^sortData$|^filterRows|^_createRow$|^constructRow|^createRow$/,
  ],
  ['TanStack Virtual', /^(calculateRange|getMeasurements|_measureElement|getVirtualItems)$/],
  ['React render', /^(renderWithHooks|beginWork|completeWork|reconcileChildFibers\w*)$/],
  ['React commit', /^commit\w*$/],
  ['search index', /searchText|SearchIndex|textOf/i],
  ['garbage collection', /^\(garbage collector\)$/],
];

export async function profileMount(origin, grid, rows) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--window-size=1280,900'],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.goto(`${origin}?grid=${grid}&rows=${rows}&hold`);
    await page.waitForFunction(() => 'bench' in window, null, { timeout: 120_000 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.bench.start());
    const mount = await page.evaluate(() => window.bench.mounted());
    const { profile } = await cdp.send('Profiler.stop');
    return { mount, ...summarize(profile) };
  } finally {
    await browser.close();
  }
}

function summarize({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const groups = new Map(GROUPS.map(([label]) => [label, 0]));
  const self = new Map();
  for (const [index, id] of samples.entries()) {
    const ms = (timeDeltas[index + 1] ?? 0) / 1000;
    const name = byId.get(id).callFrame.functionName || '(anonymous)';
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const functionName = byId.get(at).callFrame.functionName;
      for (const [label, pattern] of GROUPS)
        if (!seen.has(label) && pattern.test(functionName)) {
          seen.add(label);
          groups.set(label, groups.get(label) + ms);
        }
    }
  }
  const top = [...self]
    .filter(([name]) => name !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  return { groups: [...groups], top };
}
