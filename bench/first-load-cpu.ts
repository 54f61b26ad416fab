/**
 * npm run bench:first-load-cpu [-- --dist <folder>[,<folder>…] --runs <n>]
 *
 * The main thread's own work before the bundled map's first paint: the CPU time (not the wall
 * time) of every task the page's main thread ran from navigation to the first frame with map
 * items, read from a Chrome trace. On a machine shared with other work the wall time of a first
 * paint swings by a third from load to load; this figure moves by a few milliseconds, so two builds
 * compared in one run (`--dist before,after`, loads interleaved) show what a change saved. The wall
 * time is printed beside it; bench/first-load.ts holds the target (300 ms).
 */
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { PROBE, type ProbeState } from './support/probe';
import { stats } from './filter-latency';
import { buildsToCompare } from './support/buildsToCompare';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, in microseconds. */
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string } };
}

const { dists, runs } = buildsToCompare();

/** One load: the main thread's CPU time before the first paint, and that paint's time, both in ms. */
async function measureLoad(browser: Browser, url: string): Promise<{ cpu: number; paint: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (message) => events.push(...(message.value as unknown as TraceEvent[])));
    // 'toplevel' holds the scheduler's tasks; 'blink.user_timing' the navigation's start, on the page's main thread.
    await cdp.send('Tracing.start', { categories: 'toplevel,loading,blink.user_timing,devtools.timeline', transferMode: 'ReportEvents' });
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __bench: ProbeState }).__bench.firstPaint !== null, null, { timeout: 15_000 });
    const paint = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench.firstPaint ?? NaN);
    const finished = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await finished;
    const start = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url).pop();
    if (!start) throw new Error(`the trace has no navigation to ${url}`);
    const end = start.ts + paint * 1000;
    const tasks = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= start.ts && e.ts < end);
    const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
    return { cpu, paint };
  } finally {
    await context.close();
  }
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const servers = await Promise.all(dists.map((dist) => startStaticServer({ '/map/': dist })));
  try {
    const figures = dists.map(() => ({ cpu: [] as number[], paint: [] as number[] }));
    // Interleaved, so a busy spell on the machine falls on every build alike.
    for (let i = 0; i < runs; i++) {
      for (const [at, server] of servers.entries()) {
        const { cpu, paint } = await measureLoad(browser, `${server.url}/map/`);
        figures[at]!.cpu.push(cpu);
        figures[at]!.paint.push(paint);
      }
    }
    console.log(`The bundled map's first load, ${runs} loads of each build, interleaved:`);
    for (const [at, dist] of dists.entries()) {
      const cpu = stats(figures[at]!.cpu);
      const paint = stats(figures[at]!.paint);
      console.log(`${dist}`);
      console.log(`  main thread's CPU time before the first paint: median ${cpu.median.toFixed(0)} ms, max ${cpu.max.toFixed(0)} ms`);
      console.log(`  first map paint (wall time): median ${paint.median.toFixed(0)} ms, max ${paint.max.toFixed(0)} ms`);
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
    await browser.close();
  }
}

await main();
