/**
 * npx tsx bench/canvas-vs-svg.ts [--sizes 500,1000,2000,5000] [--renderers svg,canvas] [--no-build] [--shots DIR]
 *
 * The same synthetic maps (bench/syntheticMap.ts: n factors, 2n links) drawn by the SVG painter
 * and by the canvas painter (forced with the address's renderer=svg|canvas), in one headless
 * Chromium on the production build: first map paint after navigation, frames per second while a
 * person pans (40 drag steps) and zooms (24 wheel turns), and the longest main-thread task from
 * first paint to the end of the gesture. The layout is stopped before the gesture, so the figure
 * is the painter's own. Writes bench/results/canvas-vs-svg.json; with --shots, saves a screenshot
 * of each map as drawn (and zoomed in, where labels show).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { buildApp } from './bundle-size';
import { syntheticMap } from './syntheticMap';
import { emptyPoint, panAndZoom } from './support/measurePage';

const root = fileURLToPath(new URL('../', import.meta.url));
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const sizes = (option('--sizes') ?? '500,1000,2000,5000').split(',').map(Number).filter((n) => n > 1);
const shots = option('--shots');
const renderers = (option('--renderers') ?? 'svg,canvas').split(',');

/** Installed before the app runs: the first frame with the map drawn, long tasks, a frame counter. */
const PROBE = `
(function () {
  var probe = { firstPaint: null, tasks: [], frames: 0 };
  window.__painterBench = probe;
  try { new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { probe.tasks.push([e.startTime, e.duration]); }); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
  function frame() {
    probe.frames++;
    if (probe.firstPaint === null && document.querySelector('[data-id], canvas[data-drawn-nodes]')) {
      requestAnimationFrame(function () { if (probe.firstPaint === null) probe.firstPaint = performance.now(); });
    }
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
`;

interface Probe {
  firstPaint: number | null;
  tasks: Array<[number, number]>;
  frames: number;
}

interface Row {
  nodes: number;
  renderer: 'svg' | 'canvas';
  firstPaintMs: number | null;
  panZoomFps: number | null;
  longestTaskMs: number | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const probe = (page: Page) => page.evaluate(() => (window as unknown as { __painterBench: Probe }).__painterBench);

async function measure(browser: Browser, url: string, renderer: Row['renderer'], nodes: number, start: { x: number; y: number } | null, shot?: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  const row: Row = { nodes, renderer, firstPaintMs: null, panZoomFps: null, longestTaskMs: null };
  try {
    await page.goto(`${url}&renderer=${renderer}`, { waitUntil: 'commit' });
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const state = await probe(page).catch(() => null);
      if (state?.firstPaint) {
        row.firstPaintMs = Math.round(state.firstPaint);
        break;
      }
      await sleep(200);
    }
    if (row.firstPaintMs === null) return { row, start };
    const stop = page.getByRole('button', { name: 'Stop layout' });
    if (await stop.isVisible().catch(() => false)) await stop.click({ timeout: 60_000 }).catch(() => undefined);
    await sleep(1500);
    // A point with no node under it, read from the SVG map (which has elements to ask) and reused on canvas.
    const from = start ?? (await emptyPoint(page, 'svg.map-canvas'));
    // Screenshots are best effort: a page too busy to be pictured is still measured.
    if (shot) await page.screenshot({ path: `${shot}-${nodes}-${renderer}.png`, timeout: 20_000 }).catch(() => undefined);
    const before = await probe(page);
    const t0 = Date.now();
    await panAndZoom(page, from);
    const after = await probe(page);
    row.panZoomFps = Math.round(((after.frames - before.frames) * 1000) / (Date.now() - t0));
    const tasks = after.tasks.filter(([t]) => t >= after.firstPaint!).map(([, d]) => d);
    row.longestTaskMs = Math.round(tasks.length ? Math.max(...tasks) : 0);
    if (shot) {
      // Zoomed in, where labels show: six wheel turns in, at the middle of the map.
      await page.mouse.move(640, 400);
      for (let i = 0; i < 6; i++) {
        await page.mouse.wheel(0, -240);
        await sleep(80);
      }
      await sleep(800);
      await page.screenshot({ path: `${shot}-${nodes}-${renderer}-zoomed.png`, timeout: 20_000 }).catch(() => undefined);
    }
    return { row, start: from };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) buildApp();
  const data = mkdtempSync(join(tmpdir(), 'painter-bench-'));
  const server = await startStaticServer({ '/map/': join(root, 'dist'), '/bench-data/': data });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  if (shots) mkdirSync(shots, { recursive: true });
  try {
    for (const n of sizes) {
      writeFileSync(join(data, `synthetic-${n}.json`), syntheticMap(n).text);
      const url = `${server.url}/map/?data=${encodeURIComponent(`/bench-data/synthetic-${n}.json`)}`;
      // The same starting point for both, found on the SVG map (where elements say what is under the pointer).
      let start: { x: number; y: number } | null = null;
      for (const renderer of ['svg', 'canvas'] as const) {
        if (!renderers.includes(renderer)) continue;
        const measured = await measure(browser, url, renderer, n, start, shots && join(shots, 'map'));
        start = measured.start;
        rows.push(measured.row);
        console.error(JSON.stringify(measured.row));
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
  const cell = (v: number | null, unit: string) => (v === null ? 'n/a' : `${v.toLocaleString('en-GB')}${unit}`);
  console.log('| nodes | renderer | first map paint | pan+zoom fps | longest task after paint |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.nodes.toLocaleString('en-GB')} | ${r.renderer} | ${cell(r.firstPaintMs, ' ms')} | ${cell(r.panZoomFps, '')} | ${cell(r.longestTaskMs, ' ms')} |`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/canvas-vs-svg.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
}

await main();
