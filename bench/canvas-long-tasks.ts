/**
 * npx tsx bench/canvas-long-tasks.ts [--sizes 2000,5000,10000] [--dist DIR] [--no-build] [--shots DIR] [--profile] [--profile-settle] [--out FILE]
 *
 * The longest main-thread task on a canvas map (forced with renderer=canvas) after its first
 * paint, by what a person does: the layout settling (to "Stop layout" or its end), a hover sweep
 * over the map (30 pointer moves), a click on a node (select) and on empty ground (clear), a drag
 * far beyond the cached picture, and a wheel zoom left to rest. With --shots, saves screenshots at
 * 5,000 nodes (zoomed out, hovered, selected, zoomed in with labels) to compare pictures before and
 * after a change; with --profile, prints where the main thread's time went over the gestures.
 * Writes bench/results/canvas-long-tasks.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { buildApp } from './bundle-size';
import { printTimes, timeByFunction, type CpuProfile } from './support/cpuProfile';
import { syntheticMap } from './syntheticMap';

const root = fileURLToPath(new URL('../', import.meta.url));
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const sizes = (option('--sizes') ?? '2000,5000,10000').split(',').map(Number).filter((n) => n > 1);
const shots = option('--shots');
const profiling = process.argv.includes('--profile');

const PROBE = `
(function () {
  var probe = { firstPaint: null, tasks: [] };
  window.__tasks = probe;
  try { new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { probe.tasks.push([e.startTime, e.duration]); }); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
  function frame() {
    if (probe.firstPaint === null && document.querySelector('canvas[data-drawn-nodes]')) probe.firstPaint = performance.now();
    else requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
})();
`;

interface Probe {
  firstPaint: number | null;
  tasks: Array<[number, number]>;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const probe = (page: Page) => page.evaluate(() => (window as unknown as { __tasks: Probe }).__tasks);
const now = (page: Page) => page.evaluate(() => performance.now());
const cursor = (page: Page) => page.evaluate(() => (document.querySelector('svg.map-canvas') as SVGSVGElement).style.cursor);

type Phase = 'settle' | 'hover' | 'select' | 'pan' | 'zoom';

async function measure(page: Page, url: string, n: number, shot?: string) {
  const phases: Partial<Record<Phase, number>> = {};
  await page.goto(`${url}&renderer=canvas`, { waitUntil: 'commit' });
  const deadline = Date.now() + 120_000;
  let first: number | null = null;
  while (Date.now() < deadline && first === null) {
    first = (await probe(page).catch(() => null))?.firstPaint ?? null;
    if (first === null) await sleep(200);
  }
  if (first === null) return { phases, firstPaint: null };
  const longest = (from: number, to: number, tasks: Array<[number, number]>) =>
    Math.round(Math.max(0, ...tasks.filter(([t]) => t >= from && t < to).map(([, d]) => d)));
  const mark = async (phase: Phase, from: number) => {
    await sleep(400);
    const to = await now(page);
    phases[phase] = longest(from, to, (await probe(page)).tasks);
    return to;
  };
  const settleCdp = process.argv.includes('--profile-settle') ? await page.context().newCDPSession(page) : null;
  if (settleCdp) {
    await settleCdp.send('Profiler.enable');
    await settleCdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await settleCdp.send('Profiler.start');
  }
  // Settling: the streamed layout and its glide, until the layout ends (or 20 s, then stopped).
  const stop = page.getByRole('button', { name: 'Stop layout' });
  const settleEnd = Date.now() + 20_000;
  while (Date.now() < settleEnd && (await stop.isVisible().catch(() => false))) await sleep(250);
  if (await stop.isVisible().catch(() => false)) await stop.click({ timeout: 30_000 }).catch(() => undefined);
  await mark('settle', first);
  if (settleCdp) {
    const { profile } = (await settleCdp.send('Profiler.stop')) as { profile: CpuProfile };
    const { inclusive, busy } = timeByFunction(profile);
    console.log(`\n${n} nodes: main thread busy ${busy.toFixed(0)} ms while settling; long tasks ${JSON.stringify((await probe(page)).tasks.filter(([s]) => s >= first!).map(([s, d]) => [Math.round(s), Math.round(d)]))}`);
    printTimes('total time (with callees):', inclusive, 40);
  }
  await sleep(800);
  if (shot) await page.screenshot({ path: `${shot}-${n}-rest.png`, timeout: 20_000 }).catch(() => undefined);
  const cdp = profiling ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  // Hover sweep: a row of pointer moves across the middle of the map, remembering a node met.
  let t = await now(page);
  let nodeAt: { x: number; y: number } | null = null;
  for (let i = 0; i < 30; i++) {
    const p = { x: 200 + i * 30, y: 300 + (i % 5) * 40 };
    await page.mouse.move(p.x, p.y);
    await sleep(60);
    if (!nodeAt && (await cursor(page)) === 'pointer') nodeAt = p;
  }
  for (let gy = 200; !nodeAt && gy < 700; gy += 9) {
    for (let gx = 300; gx < 1100; gx += 9) {
      await page.mouse.move(gx, gy);
      if ((await cursor(page)) === 'pointer') {
        nodeAt = { x: gx, y: gy };
        break;
      }
    }
  }
  if (nodeAt) await page.mouse.move(nodeAt.x, nodeAt.y);
  await sleep(300);
  if (shot) await page.screenshot({ path: `${shot}-${n}-hovered.png`, timeout: 20_000 }).catch(() => undefined);
  t = await mark('hover', t);
  // A click on the node met (select), then on empty ground (clear).
  if (nodeAt) await page.mouse.click(nodeAt.x, nodeAt.y);
  await sleep(300);
  await page.mouse.move(5, 5);
  await sleep(300);
  if (shot) await page.screenshot({ path: `${shot}-${n}-selected.png`, timeout: 20_000 }).catch(() => undefined);
  await page.keyboard.press('Escape');
  t = await mark('select', t);
  // A drag well beyond the cached picture's margin (a quarter of the screen each side).
  const from = { x: 640, y: 400 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(from.x - i * 30, from.y - i * 10);
  await page.mouse.up();
  t = await mark('pan', t);
  // A wheel zoom in, left to rest (the sharp picture is drawn once it rests).
  await page.mouse.move(640, 400);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -240);
    await sleep(60);
  }
  await sleep(600);
  await mark('zoom', t);
  if (shot) await page.screenshot({ path: `${shot}-${n}-zoomed.png`, timeout: 20_000 }).catch(() => undefined);
  if (cdp) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const { self, inclusive, busy } = timeByFunction(profile);
    console.log(`\n${n} nodes: main thread busy ${busy.toFixed(0)} ms over the gestures`);
    printTimes('self time:', self, 25);
    printTimes('total time (with callees):', inclusive, 30);
  }
  return { phases, firstPaint: Math.round(first), nodeFound: nodeAt !== null };
}

async function main() {
  const dist = option('--dist') ?? join(root, 'dist');
  if (!process.argv.includes('--no-build') && !option('--dist')) buildApp();
  const data = mkdtempSync(join(tmpdir(), 'canvas-tasks-'));
  const server = await startStaticServer({ '/map/': dist, '/bench-data/': data });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const rows: Array<{ nodes: number } & Awaited<ReturnType<typeof measure>>> = [];
  if (shots) mkdirSync(shots, { recursive: true });
  try {
    for (const n of sizes) {
      writeFileSync(join(data, `synthetic-${n}.json`), syntheticMap(n).text);
      const url = `${server.url}/map/?data=${encodeURIComponent(`/bench-data/synthetic-${n}.json`)}`;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript({ content: PROBE });
      try {
        const row = { nodes: n, ...(await measure(await context.newPage(), url, n, shots && n === 5000 ? join(shots, 'canvas') : undefined)) };
        rows.push(row);
        console.error(JSON.stringify(row));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
  const cell = (v: number | undefined) => (v === undefined ? 'n/a' : `${v} ms`);
  console.log('| nodes | settling | hover sweep | select | pan beyond cache | wheel zoom |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.nodes.toLocaleString('en-GB')} | ${cell(r.phases.settle)} | ${cell(r.phases.hover)} | ${cell(r.phases.select)} | ${cell(r.phases.pan)} | ${cell(r.phases.zoom)} |`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(option('--out') ?? join(root, 'bench/results/canvas-long-tasks.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
}

await main();
