/**
 * npm run bench:layout [-- --sizes 2000,5000,10000] [--builds after=dist,before=/tmp/before] [--variants journey,half]
 *
 * How soon a large map appears and how long the page is held while it settles, for one or more
 * production builds in the same run (so a change is measured before and after under the same load):
 * - journey: the synthetic map as generated (no published positions: the journey layout places all);
 * - half: the same map with half its factors published where the journey layout puts them, so the
 *   other half is placed by the force layout (a published map with many additions).
 * For each: navigation to first map paint, time to a stable layout, the longest main-thread task
 * after first paint, and the longest main-thread stretch of layout work after first paint (the app's
 * "layout: …" User Timing measures), which separates the layout's cost from the painter's.
 * Build first (`npx vite build`, and e.g. `npx vite build --outDir /tmp/before` on the old commit).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { parseDataset } from '../src/model';
import { mapGraphOf } from '../src/store';
import { journeyLayout } from '../src/map/layout/journeyLayout';
import { syntheticMap } from './syntheticMap';
import { closeQuietly, openPage, waitForFirstPaint, waitForStable } from './support/measurePage';
import { formatFigure, within, type Figure } from './support/timing';

const root = fileURLToPath(new URL('../', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}
const sizes = option('--sizes', '2000,5000,10000').split(',').map(Number);
const builds = option('--builds', 'after=dist').split(',').map((pair) => {
  const [name, dir] = pair.split('=');
  return { name: name!, dir: resolve(root, dir!) };
});
const variants = option('--variants', 'journey,half').split(',') as Array<'journey' | 'half'>;

/** The synthetic map with every other factor published where the journey layout places it. */
function halfPublished(text: string): string {
  const raw = JSON.parse(text) as { factors: Array<{ id: string }>; positions?: Record<string, { x: number; y: number }> };
  const parsed = parseDataset(raw);
  if (!parsed.ok) throw new Error('synthetic map is invalid');
  const graph = mapGraphOf(parsed.dataset);
  const journey = journeyLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: parsed.dataset.vocabularies.stages.length });
  const positions: Record<string, { x: number; y: number }> = {};
  raw.factors.forEach((f, i) => {
    const at = journey.positions.get(f.id);
    if (i % 2 === 0 && at) positions[f.id] = { x: Math.round(at.x * 10) / 10, y: Math.round(at.y * 10) / 10 };
  });
  return JSON.stringify({ ...raw, positions });
}

interface Row {
  build: string;
  size: number;
  variant: string;
  firstPaint: Figure;
  stable: Figure;
  longestTask: Figure;
  longestLayout: Figure;
}

/** The longest task and the longest "layout: …" measure after first paint, from the page's own timeline. */
async function afterPaint(page: Page): Promise<{ longestTask: Figure; longestLayout: Figure }> {
  const state = await within(20_000, page.evaluate(() => {
    const bench = (window as unknown as { __bench: { firstPaint: number | null; tasks: Array<[number, number]> } }).__bench;
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('layout:')).map((m) => [m.startTime, m.duration, m.name] as const);
    return { firstPaint: bench.firstPaint, tasks: bench.tasks, measures };
  })).catch(() => null);
  if (!state || state.firstPaint === null) return { longestTask: { skipped: 'page busy' }, longestLayout: { skipped: 'page busy' } };
  const paint = state.firstPaint;
  const tasks = state.tasks.filter(([start]) => start >= paint).map(([, d]) => d);
  const layout = state.measures.filter(([start]) => start >= paint);
  const worst = layout.reduce<readonly [number, number, string] | null>((w, m) => (!w || m[1] > w[1] ? m : w), null);
  if (worst) console.error(`  longest layout measure after paint: ${worst[2]} ${worst[1].toFixed(0)} ms`);
  // A build without the measures (before they were added) says so rather than showing 0.
  const longestLayout: Figure = state.measures.length === 0 ? { skipped: 'no measures' } : { ms: worst ? worst[1] : 0 };
  return { longestTask: { ms: tasks.length ? Math.max(...tasks) : 0 }, longestLayout };
}

/**
 * When the layout reached its final picture. Waits while it is still on its way: a quick first
 * placement whose journey layout has not arrived ("layout: quick placement" without "layout: place"),
 * or a progress bar. Then the layout's own "settled" mark if it has one (the worker's end, as the
 * peers' layouts say when they stop), else when drawn positions stopped changing (the glide's end).
 */
async function settledAt(page: Page, budget: number, started: number): Promise<Figure> {
  for (;;) {
    // No named helpers inside: the TypeScript runner would wrap them in its own, unknown to the page.
    const seen = await within(10_000, page.evaluate(() => ({
      mark: performance.getEntriesByName('layout: settled').at(-1)?.startTime ?? null,
      journeyPending: performance.getEntriesByName('layout: quick placement').length > 0 && performance.getEntriesByName('layout: place').length === 0,
      placing: [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent?.includes('Placing')),
    }))).catch(() => null);
    if (seen && !seen.journeyPending && !seen.placing) return seen.mark !== null ? { ms: seen.mark } : waitForStable(page, budget, started);
    if (Date.now() - started > budget) return { timedOutAfter: budget };
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const data = mkdtempSync(join(tmpdir(), 'bench-layout-'));
  const mounts: Record<string, string> = { '/data/': data };
  for (const b of builds) mounts[`/${b.name}/`] = b.dir;
  for (const n of sizes) {
    const text = syntheticMap(n).text;
    writeFileSync(join(data, `journey-${n}.json`), text);
    if (variants.includes('half')) writeFileSync(join(data, `half-${n}.json`), halfPublished(text));
  }
  const server = await startStaticServer(mounts);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    for (const n of sizes) {
      for (const variant of variants) {
        for (const b of builds) {
          console.error(`${b.name}: ${n.toLocaleString('en-GB')} nodes, ${variant}…`);
          const budget = n <= 2000 ? 30_000 : n <= 5000 ? 60_000 : 90_000;
          const started = Date.now();
          const { context, page } = await openPage(browser, `${server.url}/${b.name}/?data=${encodeURIComponent(`/data/${variant}-${n}.json`)}`);
          const firstPaint = await waitForFirstPaint(page, budget, started);
          const stable = 'ms' in firstPaint ? await settledAt(page, 1.5 * budget, started) : { skipped: 'no paint' };
          const after = 'ms' in firstPaint ? await afterPaint(page) : { longestTask: { skipped: 'no paint' }, longestLayout: { skipped: 'no paint' } };
          rows.push({ build: b.name, size: n, variant, firstPaint, stable, ...after });
          await closeQuietly(context);
          const last = rows.at(-1)!;
          console.error(`  first paint ${formatFigure(last.firstPaint)}, stable ${formatFigure(last.stable)}, longest task ${formatFigure(last.longestTask)}, longest layout ${formatFigure(last.longestLayout)}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(data, { recursive: true, force: true });
  }
  const header = ['build', 'nodes', 'placed by', 'first map paint', 'stable layout', 'longest task after paint', 'longest layout work after paint'];
  const body = rows.map((r) => [r.build, r.size.toLocaleString('en-GB'), r.variant === 'half' ? 'half published, half force' : 'journey layout', formatFigure(r.firstPaint), formatFigure(r.stable), formatFigure(r.longestTask), formatFigure(r.longestLayout)]);
  console.log([header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
  writeFileSync(join(root, 'bench/results/layout-stream.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
}

await main();
