/**
 * npm run bench:views -- [--sizes 2000,5000,10000] [--no-build] [--dist <folder>] [--filter]:
 * how long each analysis view takes to show something useful on large synthetic maps, and how long
 * the main thread is held while it opens, in headless Chromium on the production build.
 *
 * For each view, from the click that opens it:
 * - useful: the first frame showing the view's content (no "Loading" placeholder): a result, or a
 *   status saying what is being computed with the part already done;
 * - complete: the first frame with nothing left pending (no element marked aria-busy="true");
 * - longest task: the longest main-thread task (PerformanceObserver 'longtask') from the click to
 *   100 ms after complete.
 * Leverage, Evidence gaps, Table and Compare are opened in turn on a page started at the Table view
 * (so the map's own cost is not counted). Loops, Paths and What if are tabs beside the map, so they
 * are timed on the map page once its first items are drawn and the page has had no long task for
 * 4 s (skipped when the map is not drawn within its budget: the map's speed is another part of
 * issue 12). The Table is then scrolled and
 * its frames per second counted.
 *
 * --filter also times filter changes on the map page (median input-to-paint, as bench/filter-latency.ts).
 * --dist measures an existing build (e.g. one saved before a change), so before and after can be
 * measured in one run: `--dist /tmp/dist-before` then the default.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { buildApp } from './bundle-size';
import { syntheticMap } from './syntheticMap';
import { closeQuietly, openPage, waitForFirstPaint } from './support/measurePage';
import { TimedOut, formatFigure, sleep, within, type Figure } from './support/timing';
import { measureFilterChanges, stats } from './filter-latency';

const root = fileURLToPath(new URL('../', import.meta.url));

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const sizes = (option('--sizes') ?? '2000,5000,10000').split(',').map(Number).filter((n) => n > 1);
const dist = option('--dist') ?? join(root, 'dist');
const withFilter = process.argv.includes('--filter');
const VIEW_BUDGET_MS = 60_000;
const MAP_BUDGET_MS = 30_000;

interface Opening {
  name: string;
  /** Which buttons hold it: the view switch or the sidebar's tab list. */
  within: string;
  shown: string;
}

const MAIN_VIEWS: Opening[] = [
  { name: 'Leverage', within: '[role="group"][aria-label="View"]', shown: '.leverage-view' },
  { name: 'Evidence gaps', within: '[role="group"][aria-label="View"]', shown: '.gap-matrix-view' },
  { name: 'Compare', within: '[role="group"][aria-label="View"]', shown: '.compare-view' },
  { name: 'Table', within: '[role="group"][aria-label="View"]', shown: '.table-view' },
];
const SIDEBAR_TABS: Opening[] = [
  { name: 'Loops', within: '[role="tablist"]', shown: '#loops-title' },
  { name: 'Paths', within: '[role="tablist"]', shown: '[role="tabpanel"]' },
  { name: 'What if', within: '[role="tablist"]', shown: '[role="tabpanel"]' },
];

interface ViewFigures {
  useful: Figure;
  complete: Figure;
  longestTask: Figure;
}

/** Runs in the page (plain script text): click, then resolve with the useful and complete times and the click's time. */
const OPEN = `(function (step) {
  return new Promise(function (resolve, reject) {
    var candidates = document.querySelectorAll(step.within + ' button, ' + step.within + ' [role="tab"]');
    var target = Array.prototype.find.call(candidates, function (b) { return (b.textContent || '').trim() === step.name; });
    if (!target) return reject(new Error('no "' + step.name + '" button'));
    var start = performance.now();
    var useful = null;
    target.click();
    function afterFrame(done) {
      requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { done(performance.now() - start); };
        channel.port2.postMessage(null);
      });
    }
    function check() {
      var shown = document.querySelector(step.shown) && !document.querySelector('.view-loading');
      if (shown && useful === null) { useful = -1; afterFrame(function (t) { useful = t; }); }
      if (shown && useful !== null && useful >= 0 && !document.querySelector('main [aria-busy="true"]')) {
        afterFrame(function (t) { resolve({ useful: useful, complete: t, start: start }); });
      } else requestAnimationFrame(check);
    }
    check();
  });
})`;

async function longestTaskSince(page: Page, from: number, to: number): Promise<Figure> {
  const tasks = await within(10_000, page.evaluate(() => (window as unknown as { __bench: { tasks: Array<[number, number]> } }).__bench.tasks)).catch(() => null);
  if (!tasks) return { skipped: 'page busy' };
  const during = tasks.filter(([start, duration]) => start + duration >= from && start <= to).map(([, d]) => d);
  return { ms: during.length ? Math.max(...during) : 0 };
}

async function openView(page: Page, step: Opening): Promise<ViewFigures> {
  try {
    const r = await within(VIEW_BUDGET_MS, page.evaluate(`${OPEN}(${JSON.stringify(step)})`) as Promise<{ useful: number; complete: number; start: number }>);
    await sleep(150);
    return { useful: { ms: r.useful }, complete: { ms: r.complete }, longestTask: await longestTaskSince(page, r.start, r.start + r.complete + 100) };
  } catch (error) {
    const figure: Figure = error instanceof TimedOut ? { timedOutAfter: VIEW_BUDGET_MS } : { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
    return { useful: figure, complete: figure, longestTask: { skipped: 'view not shown' } };
  }
}

/** Frames per second while the table is scrolled by the wheel, 30 turns down over about 1.5 s. */
async function tableScrollFps(page: Page): Promise<Figure> {
  try {
    // The longest table (the links, on these maps): the one a person scrolls through.
    const scrollers = page.locator('.table-scroll');
    const heights = await scrollers.evaluateAll((all) => all.map((e) => e.scrollHeight));
    const longest = heights.indexOf(Math.max(...heights));
    if (longest < 0) return { skipped: 'no table' };
    await scrollers.nth(longest).scrollIntoViewIfNeeded();
    const box = await scrollers.nth(longest).boundingBox();
    if (!box) return { skipped: 'no table' };
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
    const frames = () => page.evaluate(() => (window as unknown as { __bench: { frames: number } }).__bench.frames);
    const before = await frames();
    const t0 = Date.now();
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, 400);
      await sleep(50);
    }
    return { ms: (((await frames()) - before) * 1000) / (Date.now() - t0) };
  } catch (error) {
    return { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

/**
 * Waits until the page has had no long task for `quietMs` (the map's own work done or paused), so a
 * tab's figures are its own; gives up after `budget` and says so.
 */
async function waitForQuiet(page: Page, quietMs: number, budget: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < budget) {
    const state = await within(2_000, page.evaluate(() => {
      const tasks = (window as unknown as { __bench: { tasks: Array<[number, number]> } }).__bench.tasks;
      const lastEnd = tasks.reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
      return performance.now() - lastEnd;
    })).catch(() => 0);
    if (state > quietMs) return true;
    await sleep(250);
  }
  return false;
}

async function measureSize(browser: Browser, base: string, n: number) {
  const views: Record<string, ViewFigures> = {};
  const url = `${base}/map/?data=${encodeURIComponent(`/bench-data/synthetic-${n}.json`)}`;
  const main = await openPage(browser, `${url}&view=table`);
  await main.page.locator('.table-view').waitFor({ timeout: VIEW_BUDGET_MS }).catch(() => undefined);
  await sleep(500);
  let tableRows = 0;
  for (const step of MAIN_VIEWS) {
    console.error(`  ${step.name}…`);
    views[step.name] = await openView(main.page, step);
    if (step.name === 'Table') {
      const counts = await main.page.locator('table[aria-rowcount]').evaluateAll((all) => all.map((t) => Number(t.getAttribute('aria-rowcount')) - 1));
      tableRows = Math.max(0, ...counts);
    }
  }
  const scroll = await tableScrollFps(main.page);
  await closeQuietly(main.context);

  const started = Date.now();
  const map = await openPage(browser, `${url}&view=map`);
  const painted = await waitForFirstPaint(map.page, MAP_BUDGET_MS, started);
  const quiet = 'ms' in painted && (await waitForQuiet(map.page, 4_000, MAP_BUDGET_MS));
  if (!quiet) console.error('  (the map page did not go quiet: the tabs\' figures include the map\'s own work)');
  for (const step of SIDEBAR_TABS) {
    if (!('ms' in painted)) {
      views[step.name] = { useful: { skipped: 'map not drawn' }, complete: { skipped: 'map not drawn' }, longestTask: { skipped: 'map not drawn' } };
      continue;
    }
    console.error(`  ${step.name}…`);
    views[step.name] = await openView(map.page, step);
  }
  // --filter: filter changes on the map page, as bench/filter-latency.ts times them on the bundled map.
  let filter: Figure = { skipped: 'not asked (--filter)' };
  if (withFilter && 'ms' in painted) {
    console.error('  filter changes…');
    const samples = await within(120_000, measureFilterChanges(map.page, 6)).catch(() => null);
    const all = samples ? [...samples.evidenceSamples, ...samples.typeSamples] : [];
    filter = all.length ? { ms: stats(all).median } : { skipped: 'no change reached the screen' };
  }
  await closeQuietly(map.context);
  return { views, scroll, tableRows, filter };
}

async function main() {
  if (!process.argv.includes('--no-build') && !option('--dist')) buildApp();
  const data = mkdtempSync(join(tmpdir(), 'bench-views-'));
  for (const n of sizes) writeFileSync(join(data, `synthetic-${n}.json`), syntheticMap(n).text);
  const server = await startStaticServer({ '/map/': dist, '/bench-data/': data });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const results: Array<{ n: number } & Awaited<ReturnType<typeof measureSize>>> = [];
  try {
    for (const n of sizes) {
      console.error(`${n.toLocaleString('en-GB')} factors (${dist})…`);
      results.push({ n, ...(await measureSize(browser, server.url, n)) });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
  console.log(`\nOpening each view, headless Chromium, production build at ${dist}: useful / complete / longest main-thread task`);
  const names = [...MAIN_VIEWS, ...SIDEBAR_TABS].map((s) => s.name);
  console.log(['view'.padEnd(14), ...results.map((r) => `${r.n.toLocaleString('en-GB')} factors`.padEnd(34))].join(' '));
  for (const name of names) {
    const cells = results.map((r) => {
      const v = r.views[name];
      return v ? `${formatFigure(v.useful)} / ${formatFigure(v.complete)} / ${formatFigure(v.longestTask)}` : '–';
    });
    console.log([name.padEnd(14), ...cells.map((c) => c.padEnd(34))].join(' '));
  }
  console.log(['table scroll'.padEnd(14), ...results.map((r) => `${formatFigure(r.scroll, 'fps')} over ${r.tableRows.toLocaleString('en-GB')} rows`.padEnd(34))].join(' '));
  if (withFilter) console.log(['filter change'.padEnd(14), ...results.map((r) => `median ${formatFigure(r.filter)}`.padEnd(34))].join(' '));
  console.log('\nTarget: every view useful within 1 s at 10,000 factors, the main thread never held long.');
}

await main();
