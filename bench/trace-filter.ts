/**
 * npx tsx bench/trace-filter.ts [--dist <built app folder>] [--changes <n>] [--gap <ms between changes>] [--load] [--thread-time]
 *
 * Where a filter change's time goes on the bundled map, beyond the script a CPU profile shows: a
 * Chrome trace over the changes, summed by the renderer's own phases (script, style, layout, paint,
 * compositing). With --load, the same for the first load instead, up to the map's first paint.
 * With --thread-time, each phase counts the CPU time its thread ran, not the time it took: on a
 * machine shared with other work, two builds compare by the work they do, not by who else was busy.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { recordMapWork } from './support/recordMapWork';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const changes = Number(option('--changes') ?? 10);
const onLoad = args.includes('--load');
const threadTime = args.includes('--thread-time');

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time, in microseconds, where the trace has it. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frame?: string } };
}

const server = await startStaticServer({ '/map/': option('--dist') ?? `${root}dist` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const events: TraceEvent[] = [];
  await recordMapWork(
    page,
    `${server.url}/map/`,
    { onLoad, changes, gapMs: Number(option('--gap') ?? 400) },
    async (cdp) => {
      cdp.on('Tracing.dataCollected', (message) => {
        events.push(...(message.value as unknown as TraceEvent[]));
      });
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
    },
    async (cdp) => {
      const finished = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await finished;
    },
  );
  // The renderer's main thread: the thread that ran the most script.
  const byThread = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && e.dur) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const main = [...byThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const PHASES = ['EvaluateScript', 'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit', 'HitTest', 'ParseHTML', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ScheduleStyleRecalculation'];
  const totals = new Map<string, { ms: number; n: number }>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur || !PHASES.includes(e.name)) continue;
    const t = totals.get(e.name) ?? { ms: 0, n: 0 };
    t.ms += (threadTime ? (e.tdur ?? e.dur) : e.dur) / 1000;
    t.n++;
    totals.set(e.name, t);
  }
  if (args.includes('--timeline')) {
    const mainEvents = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && (e.dur ?? 0) > 500) as Array<TraceEvent & { ts: number; args?: { data?: { type?: string; functionName?: string; url?: string } } }>;
    const start = onLoad ? Math.min(...mainEvents.map((e) => e.ts)) : (mainEvents.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change')?.ts ?? 0);
    for (const e of mainEvents.filter((e) => e.ts >= start && e.ts < start + (onLoad ? 1_000_000 : 200_000) && (e.dur ?? 0) > (onLoad ? 3000 : 500))) {
      const d = e.args?.data;
      console.log(`  +${((e.ts - start) / 1000).toFixed(1).padStart(6)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${e.name} ${d?.type ?? ''}${d?.functionName ?? ''}`);
    }
  }
  if (!onLoad) {
    // Per change: from its event to the end of the first frame's compositing after it (what a person waits for).
    const timed = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X') as Array<TraceEvent & { ts: number; args?: { data?: { type?: string } } }>;
    const starts = timed.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'change').map((e) => e.ts);
    const waits = starts.flatMap((start) => {
      const frame = timed.find((e) => e.name === 'Layerize' && e.ts > start);
      return frame ? [(frame.ts + (frame.dur ?? 0) - start) / 1000] : [];
    });
    const sorted = [...waits].sort((a, b) => a - b);
    console.log(`Change to its first frame (traced, so a little slow): median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms; each: ${waits.map((w) => w.toFixed(0)).join(', ')}`);
  }
  const measured = threadTime ? ' (CPU time)' : '';
  console.log(onLoad ? `First load, main thread${measured}, by phase (nested phases counted in their parents too):` : `${changes} filter changes, main thread${measured}, by phase (nested phases counted in their parents too):`);
  for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) console.log(`  ${t.ms.toFixed(1).padStart(8)} ms  ${String(t.n).padStart(5)}×  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
