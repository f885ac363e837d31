#!/usr/bin/env node
// Every story of the built Storybook, in each theme (light, dark, high-contrast), rendered in Debian's Chromium
// and checked with axe-core once the story has finished (loaders, render and play function), over the whole
// page but Storybook's own parts (so Radix portals, such as an open menu, are checked too): any violation, and
// any story that fails to render or whose play function throws, fails. Stories tagged `pseudo-locale` are
// swept once more in each theme with the pseudo-locale. Prints one line per story and theme.
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
// `node e2e/storybook-axe.mjs errortable` checks only the stories whose id contains "errortable".
const only = process.argv[2]?.toLowerCase();
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!only || entry.id.includes(only)),
);
// One pass per theme over every story, then one per theme over the stories tagged `pseudo-locale` in the pseudo-locale.
const passes = [
  ...themes.map((theme) => ({ theme, locale: 'en', stories })),
  ...themes.map((theme) => ({
    theme,
    locale: 'pseudo',
    stories: stories.filter((story) => story.tags?.includes('pseudo-locale')),
  })),
];

// Storybook's own parts of the iframe, always in the document (the same list addon-a11y leaves out).
const STORYBOOK_CHROME = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'];
// As in addon-a11y: a story is a component, not a page, so "all content in landmarks" does not apply.
const ALWAYS_DISABLED = ['region'];

// Listen on the preview's channel from the very start: Storybook 10 emits `storyFinished` after loaders, render,
// play function and afterEach, and `playFunctionThrewException` / `storyThrewException` / `storyErrored` on failure.
function recordStoryEvents() {
  const events = { finished: {}, errors: [] };
  window.__pceStoryEvents = events;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (payload) => (events.finished[payload.storyId] = payload));
      for (const name of [
        'playFunctionThrewException',
        'storyThrewException',
        'storyErrored',
        'unhandledErrorsWhilePlaying',
        'storyMissing',
      ])
        value.on(name, (payload) => events.errors.push(`${name}: ${JSON.stringify(payload).slice(0, 300)}`));
    },
  });
}

// The story's own a11y parameters (rules it turns off, with a reason in the story), as addon-a11y applies them.
function disabledRulesOf(parameters) {
  const rules = parameters?.a11y?.config?.rules ?? [];
  return [...ALWAYS_DISABLED, ...rules.filter((rule) => rule.enabled === false).map((rule) => rule.id)];
}

async function analyze(page, disabledRules) {
  for (let attempt = 0; ; attempt++) {
    try {
      // The body, not the document: page-level rules (one <main>, one <h1>) are for pages, and a story is a component.
      let builder = new AxeBuilder({ page }).include('body').disableRules(disabledRules);
      for (const selector of STORYBOOK_CHROME) builder = builder.exclude(selector);
      return await builder.analyze();
    } catch (error) {
      if (attempt > 20 || !String(error.message).includes('Axe is already running')) throw error;
      await page.waitForTimeout(250);
    }
  }
}

const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext();
await context.addInitScript(recordStoryEvents);
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
let passed = 0;
let failed = 0;
const perRun = {};

/** Waits for the story's next `storyFinished`; throws what went wrong if it failed. */
async function finishedRendering(storyId) {
  await page.waitForFunction(
    (id) => window.__pceStoryEvents?.finished[id] || window.__pceStoryEvents?.errors.length,
    storyId,
    {
      timeout: 60_000,
    },
  );
  const { errors, ...events } = await page.evaluate(() => window.__pceStoryEvents);
  const finished = events.finished[storyId];
  if (errors.length) throw new Error(errors.join('; '));
  if (finished.status !== 'success') throw new Error(`the story finished with status ${finished.status}`);
  if (pageErrors.length) throw new Error(`uncaught error in the page: ${pageErrors[0]}`);
}

// The preview is loaded once and then told which story to show and with which globals, as Storybook's own UI does:
// every story still renders from scratch (loaders, render, play function), without reloading the page (and its
// service worker) each time. After a failure the page is loaded afresh.
let loaded = false;
let shownGlobals = '';
async function show(storyId, globals) {
  pageErrors.length = 0;
  if (!loaded) {
    // The in-page run of addon-a11y is off (a11y.manual): this script runs axe itself, on the whole page.
    const query = `theme:${globals.theme};locale:${globals.locale};a11y.manual:!true`;
    await page.goto(`${server.url}/iframe.html?id=${storyId}&viewMode=story&globals=${query}`, {
      waitUntil: 'domcontentloaded',
    });
    loaded = true;
  } else {
    const changed = JSON.stringify(globals) !== shownGlobals;
    await page.evaluate(
      ({ storyId, globals, changed }) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const current = window.__STORYBOOK_PREVIEW__.currentRender?.id;
        if (changed) channel.emit('updateGlobals', { globals });
        window.__pceStoryEvents.finished = {};
        window.__pceStoryEvents.errors.length = 0;
        if (current === storyId) channel.emit('forceRemount', { storyId });
        else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      },
      { storyId, globals, changed },
    );
  }
  shownGlobals = JSON.stringify(globals);
  await finishedRendering(storyId);
  await page.waitForFunction(
    (theme) => document.querySelector(`#storybook-root [data-pce-theme="${theme}"]`),
    globals.theme,
    { timeout: 10_000 },
  );
}

for (const { theme, locale, stories: passStories } of passes) {
  const key = locale === 'en' ? theme : `${theme} + ${locale}`;
  perRun[key] = { stories: 0, violations: 0 };
  for (const story of passStories) {
    const name = `${story.title} / ${story.name} [${key}]`;
    try {
      await show(story.id, { theme, locale });
      const parameters = await page.evaluate(() =>
        JSON.parse(JSON.stringify(window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {})),
      );
      const results = await analyze(page, disabledRulesOf({ a11y: parameters }));
      perRun[key].stories += 1;
      perRun[key].violations += results.violations.length;
      if (results.violations.length) {
        failed += 1;
        console.log(`✗ ${name}`);
        for (const violation of results.violations)
          console.log(
            `    ${violation.id}: ${violation.help} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')}`,
          );
      } else {
        passed += 1;
        console.log(`✓ ${name} (${results.passes.length} axe rules passed)`);
      }
    } catch (error) {
      failed += 1;
      loaded = false;
      console.log(`✗ ${name}: ${String(error.message).split('\n')[0]}`);
    }
  }
}
await browser.close();
await server.close();
console.log('\naxe over the built Storybook (whole page, after each play function):');
for (const [key, counts] of Object.entries(perRun))
  console.log(`  ${key.padEnd(22)} ${counts.stories} stories, ${counts.violations} violations`);
recordResults('storybook-axe', passed, failed);
process.exit(failed ? 1 : 0);
