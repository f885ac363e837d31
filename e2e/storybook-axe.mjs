#!/usr/bin/env node
// Every story of the built Storybook, in each theme (light, dark, high-contrast), rendered in Debian's
// Chromium and checked with axe-core: any violation fails. Prints one line per story and theme.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tooling/chromium.mjs';
import { recordResults } from '../tooling/results.mjs';
import { serveStatic } from './static-server.mjs';

const root = path.resolve('storybook-static');
const themes = ['light', 'dark', 'high-contrast'];
const index = JSON.parse(fs.readFileSync(path.join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

// Storybook's own a11y panel runs axe in the same page; wait for it rather than collide with it.
async function analyze(target) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await new AxeBuilder({ page: target }).include('#storybook-root').analyze();
    } catch (error) {
      if (attempt > 20 || !String(error.message).includes('Axe is already running')) throw error;
      await target.waitForTimeout(250);
    }
  }
}

const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext();
const page = await context.newPage();
let passed = 0;
let failed = 0;
const perTheme = Object.fromEntries(themes.map((theme) => [theme, { stories: 0, violations: 0 }]));

for (const story of stories) {
  for (const theme of themes) {
    const name = `${story.title} / ${story.name} [${theme}]`;
    try {
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
      await page.waitForFunction(
        () => document.querySelector('#storybook-root')?.childElementCount || document.body.classList.contains('sb-show-errordisplay'),
        null,
        { timeout: 30_000 },
      );
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) throw new Error('the story failed to render');
      const results = await analyze(page);
      perTheme[theme].stories += 1;
      perTheme[theme].violations += results.violations.length;
      if (results.violations.length) {
        failed += 1;
        console.log(`✗ ${name}`);
        for (const violation of results.violations)
          console.log(`    ${violation.id}: ${violation.help} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`);
      } else {
        passed += 1;
        console.log(`✓ ${name} (${results.passes.length} axe rules passed)`);
      }
    } catch (error) {
      failed += 1;
      console.log(`✗ ${name}: ${error.message.split('\n')[0]}`);
    }
  }
}
await browser.close();
await server.close();
console.log('\naxe over the built Storybook:');
for (const theme of themes) console.log(`  ${theme.padEnd(14)} ${perTheme[theme].stories} stories, ${perTheme[theme].violations} violations`);
recordResults('storybook-axe', passed, failed);
process.exit(failed ? 1 : 0);
