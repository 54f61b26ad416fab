/**
 * npm run bench:first-load: the bundled map's first load, quicker than the whole `npm run bench`.
 * Opens the built app (dist/, or --dist <folder> to compare another build in the same run) several
 * times in headless Chromium and prints the median first map paint after navigation start, whether
 * any drawn position moved after that paint (the published `positions` should need no simulation),
 * the scripts fetched before the first paint, and the filter-change latency.
 * Targets: first paint within 300 ms, a filter change within 50 ms.
 */
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { closeQuietly, openPage, waitForFirstPaint, waitForStable } from './support/measurePage';
import { measureFilterChanges, stats } from './filter-latency';
import { initialJs } from './support/initialJs';
import { buildsToCompare } from './support/buildsToCompare';

const { dists, runs } = buildsToCompare();

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const dist of dists) {
      const server = await startStaticServer({ '/map/': dist });
      try {
        const paints: number[] = [];
        let movedAfterPaint = 0;
        let scriptsBeforePaint: string[] = [];
        // Alternate cold loads; the first warms the machine's caches for the rest, as a returning visitor.
        for (let i = 0; i < runs; i++) {
          const started = Date.now();
          const { context, page } = await openPage(browser, `${server.url}/map/`);
          const paint = await waitForFirstPaint(page, 15_000, started);
          if ('ms' in paint) paints.push(paint.ms);
          const stable = await waitForStable(page, 15_000, started);
          if ('ms' in paint && 'ms' in stable && stable.ms > paint.ms + 1) movedAfterPaint++;
          if (i === 0 && 'ms' in paint) {
            scriptsBeforePaint = await page.evaluate(
              (t) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime <= t).map((e) => new URL(e.name).pathname.split('/').pop()!),
              paint.ms,
            );
          }
          await closeQuietly(context);
        }
        const { context, page } = await openPage(browser, `${server.url}/map/`);
        const filter = await measureFilterChanges(page, 20);
        await closeQuietly(context);
        const f = stats([...filter.evidenceSamples, ...filter.typeSamples]);
        const p = stats(paints);
        console.log(`${dist}`);
        console.log(`  initial JS: ${(initialJs(dist).gzipped / 1000).toFixed(1)} kB gzipped`);
        console.log(`  first map paint: median ${p.median.toFixed(0)} ms, max ${p.max.toFixed(0)} ms over ${paints.length} loads (target 300 ms)`);
        console.log(`  loads where a drawn position moved after the first paint: ${movedAfterPaint} of ${runs}`);
        console.log(`  filter change: median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms (target 50 ms)`);
        console.log(`  scripts fetched before the first paint: ${scriptsBeforePaint.join(', ')}`);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
