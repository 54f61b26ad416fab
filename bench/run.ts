/**
 * npm run bench [-- --sizes 500,2000] [--no-peers] [--no-build] [--out file.json]: the app measured
 * at every size, beside peer libraries, in one headless Chromium on the production build. Prints one
 * table and writes bench/results/latest.json (or `--out`: CI's smoke run writes elsewhere and leaves
 * the published figures alone). Every measurement has a budget: a case that is slow today is reported
 * as "> N s (timed out)" rather than holding up the run, and the run stops starting new cases once
 * it has used its overall budget (about nine minutes on a 2-core machine).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { buildApp } from './bundle-size';
import { initialJs } from './support/initialJs';
import { syntheticMap } from './syntheticMap';
import { buildPeerPage } from './peers/buildPeerPage';
import { closeQuietly, mapFigures, openPage, type Budgets, type PageFigures } from './support/measurePage';
import { VIEW_STEPS, timeView } from './support/views';
import { measureFilterChanges, stats } from './filter-latency';
import { type Figure } from './support/timing';
import { printReport, type BenchReport, type SizeResult } from './support/report';

const root = fileURLToPath(new URL('../', import.meta.url));
const RUN_BUDGET_MS = 9 * 60_000;
const PEERS = ['force-graph', 'cytoscape'] as const;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
const sizes = (option('--sizes') ?? '500,2000,5000,10000').split(',').map((s) => Number(s.replace(/[_,]/g, ''))).filter((n) => n > 1);
const withPeers = !process.argv.includes('--no-peers');
const outFile = option('--out') ?? join(root, 'bench/results/latest.json');

/**
 * Budgets grow with the graph but stay well inside the run's: today's slow cases are reported as
 * timed out (the targets are 1.5 s to first paint and 1 s to a useful view at 5,000).
 */
function budgetsFor(n: number): Budgets {
  const step = n <= 500 ? 0 : n <= 2000 ? 1 : n <= 5000 ? 2 : 3;
  return { firstPaint: [10_000, 15_000, 20_000, 30_000][step]!, stable: [20_000, 25_000, 30_000, 40_000][step]!, view: 10_000 };
}

const runStarted = Date.now();
const overBudget = () => Date.now() - runStarted > RUN_BUDGET_MS;
const skipped = (why: string): Figure => ({ skipped: why });
const emptyFigures = (why: string): PageFigures => ({ firstPaint: skipped(why), stable: skipped(why), longestTaskAfterPaint: skipped(why), panZoomFps: skipped(why), heapMB: skipped(why) });

/**
 * Our map at one size. Loops is a tab beside the map, so it is timed on the map page; the other
 * views are timed on a page opened at the (light) Compare view, so a map that is still laying out
 * does not hold them up and each figure is the view's own cost.
 */
async function ours(browser: Browser, url: string, n: number): Promise<SizeResult['ours']> {
  const budgets = budgetsFor(n);
  const { figures, context, page } = await mapFigures(browser, url, 'svg.map-canvas', budgets);
  const views: Record<string, Figure> = {};
  const [loops, ...others] = VIEW_STEPS;
  views[loops!.name] = 'ms' in figures.firstPaint ? await timeView(page, loops!, budgets.view) : skipped('map not drawn');
  await closeQuietly(context);
  let current: Awaited<ReturnType<typeof openPage>> | null = null;
  for (const step of others) {
    if (overBudget()) {
      views[step.name] = skipped('run budget used');
      continue;
    }
    if (!current) {
      current = await openPage(browser, `${url}&view=compare`);
      await current.page.getByRole('group', { name: 'View' }).waitFor({ timeout: budgets.firstPaint }).catch(() => undefined);
    }
    views[step.name] = await timeView(current.page, step, budgets.view);
    if (!('ms' in views[step.name]!)) {
      // The page is still busy with that view: the next one starts from a fresh page.
      await closeQuietly(current.context);
      current = null;
    }
  }
  if (current) await closeQuietly(current.context);
  return { ...figures, views };
}

async function peer(browser: Browser, url: string, n: number): Promise<PageFigures> {
  const { figures, context } = await mapFigures(browser, url, '#graph', budgetsFor(n));
  await closeQuietly(context);
  return figures;
}

async function bundled(browser: Browser, base: string, gzipped: number): Promise<BenchReport['bundled']> {
  const { figures, context, page } = await mapFigures(browser, `${base}/map/`, 'svg.map-canvas', budgetsFor(100));
  const filter = await measureFilterChanges(page, 20);
  await closeQuietly(context);
  const all = [...filter.evidenceSamples, ...filter.typeSamples];
  const s = stats(all);
  return { ...figures, filterChange: { median: s.median, p95: s.p95, samples: all.length }, initialJsGzipKB: gzipped / 1000 };
}

async function main() {
  if (!process.argv.includes('--no-build')) buildApp();
  const gzipped = initialJs(join(root, 'dist')).gzipped;
  const data = mkdtempSync(join(tmpdir(), 'bench-data-'));
  const peerDir = mkdtempSync(join(tmpdir(), 'bench-peer-'));
  if (withPeers) await buildPeerPage(peerDir);
  const maps = sizes.map((n) => {
    const map = syntheticMap(n);
    writeFileSync(join(data, `synthetic-${n}.json`), map.text);
    return map;
  });
  const server = await startStaticServer({ '/map/': join(root, 'dist'), '/bench-data/': data, '/peer/': peerDir });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const report: BenchReport = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}`, sizes: [], bundled: null };
  try {
    console.error('Bundled dataset…');
    report.bundled = await bundled(browser, server.url, gzipped);
    for (const map of maps) {
      const n = map.factors;
      const dataUrl = `/bench-data/synthetic-${n}.json`;
      console.error(`${n.toLocaleString('en-GB')} factors: ours…`);
      const result: SizeResult = {
        factors: n,
        links: map.links,
        interventions: map.interventions,
        ours: overBudget() ? { ...emptyFigures('run budget used'), views: {} } : await ours(browser, `${server.url}/map/?data=${encodeURIComponent(dataUrl)}`, n),
        peers: {},
      };
      for (const lib of withPeers ? PEERS : []) {
        console.error(`${n.toLocaleString('en-GB')} factors: ${lib}…`);
        result.peers[lib] = overBudget() ? emptyFigures('run budget used') : await peer(browser, `${server.url}/peer/?lib=${lib}&data=${encodeURIComponent(dataUrl)}`, n);
      }
      report.sizes.push(result);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(data, { recursive: true, force: true });
    rmSync(peerDir, { recursive: true, force: true });
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  console.log(`\nWritten to ${outFile.startsWith(root) ? relative(root, outFile) : outFile} (${((Date.now() - runStarted) / 1000).toFixed(0)} s).`);
}

await main();
