import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PROBE, type ProbeState } from './probe';
import { TimedOut, sleep, within, type Figure } from './timing';

export interface Budgets {
  /** From navigation to the first frame with map items. */
  firstPaint: number;
  /** From navigation until drawn positions have stopped moving. */
  stable: number;
  /** Opening one view. */
  view: number;
}

export interface PageFigures {
  firstPaint: Figure;
  stable: Figure;
  longestTaskAfterPaint: Figure;
  panZoomFps: Figure;
  heapMB: Figure;
}

/** Positions count as settled once they have not moved for this long. */
const QUIET_MS = 1500;

/** What the page said on the console (first paint, layout stopped), heard even while it is busy. */
const heard = new WeakMap<Page, { firstPaint?: number; stable?: number }>();

function listen(page: Page) {
  const told: { firstPaint?: number; stable?: number } = {};
  heard.set(page, told);
  page.on('console', (message) => {
    const [tag, what, value] = message.text().split(' ');
    if (tag === '__bench' && (what === 'firstPaint' || what === 'stable')) told[what] = Number(value);
  });
}

const probeState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

/** A fresh browser context per scenario, so one that hangs can be thrown away whole. */
export async function openPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  listen(page);
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page };
}

export async function closeQuietly(context: BrowserContext): Promise<void> {
  await within(15_000, context.close()).catch(() => undefined);
}

async function pollUntil<T>(page: Page, budget: number, started: number, check: (s: ProbeState) => T | null, told?: () => T | undefined): Promise<T> {
  for (;;) {
    const early = told?.();
    if (early !== undefined) return early;
    const left = budget - (Date.now() - started);
    if (left <= 0) throw new TimedOut(budget);
    // Asked in short slices, so a page busy for long still lets the console's answer through.
    const state = await within(Math.min(left, 1_000), probeState(page)).catch((error: unknown) => {
      if (error instanceof TimedOut) return null;
      throw error;
    });
    const found = state ? check(state) : null;
    if (found !== null) return found;
    await sleep(100);
  }
}

/**
 * How long a first paint is awaited from the console alone: asking the page runs the driver's own
 * script in it (about 20 ms to set up, the first time), on the main thread the page is loading on,
 * which would be timed as part of the load.
 */
const LISTEN_ONLY_MS = 5_000;

async function heardWithin<T>(told: () => T | undefined, started: number, ms: number): Promise<T | undefined> {
  while (Date.now() - started < ms) {
    const early = told();
    if (early !== undefined) return early;
    await sleep(10);
  }
  return told();
}

/** The first frame with map items, in ms since navigation start. */
export async function waitForFirstPaint(page: Page, budget: number, started: number): Promise<Figure> {
  try {
    const told = () => heard.get(page)?.firstPaint;
    const early = await heardWithin(told, started, Math.min(budget, LISTEN_ONLY_MS));
    if (early !== undefined) return { ms: early };
    return { ms: await pollUntil(page, budget, started, (s) => s.firstPaint, told) };
  } catch (error) {
    if (error instanceof TimedOut) return { timedOutAfter: budget };
    throw error;
  }
}

/**
 * When the layout stopped: the library's own "stopped" signal when it has one (peers), else the last
 * time drawn positions changed once they have been still for QUIET_MS (ours; sampled every 250 ms).
 */
export async function waitForStable(page: Page, budget: number, started: number): Promise<Figure> {
  try {
    const ms = await pollUntil(page, budget, started, (s) => {
      if (s.stable !== null) return s.stable;
      const now = Date.now() - started;
      if (s.lastMove !== null && s.firstPaint !== null && now - s.lastMove > QUIET_MS + 500) return Math.max(s.lastMove, s.firstPaint);
      return null;
    }, () => heard.get(page)?.stable);
    return { ms };
  } catch (error) {
    if (error instanceof TimedOut) return { timedOutAfter: budget };
    throw error;
  }
}

/** A point inside `selector` with no map item under it, so a drag pans rather than moving a node. */
export async function emptyPoint(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)!.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.07) {
      for (let fx = 0.3; fx < 0.95; fx += 0.05) {
        const x = box.left + fx * box.width;
        const y = box.top + fy * box.height;
        if (!document.elementFromPoint(x, y)?.closest('[data-id]')) return { x, y };
      }
    }
    return { x: box.left + 10, y: box.top + box.height / 2 };
  }, selector);
}

/** The gesture every benchmark times: a drag across the map (40 steps) from `from`, then 12 wheel turns in and 12 out. */
export async function panAndZoom(page: Page, from: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(from.x - i * 8, from.y - i * 3);
  await page.mouse.up();
  for (let i = 0; i < 24; i++) {
    await page.mouse.wheel(0, i < 12 ? -120 : 120);
    await sleep(30);
  }
}

/**
 * Frames per second while a person pans (drags across the map, 40 steps) and zooms (12 wheel turns
 * in, 12 out): requestAnimationFrame callbacks counted over the gesture's wall-clock time.
 */
export async function panZoomFps(page: Page, surface: string, budget: number): Promise<Figure> {
  try {
    return await within(budget, (async () => {
      const start = await emptyPoint(page, surface);
      const before = await probeState(page);
      const t0 = Date.now();
      await panAndZoom(page, start);
      const after = await probeState(page);
      return { ms: ((after.frames - before.frames) * 1000) / (Date.now() - t0) };
    })());
  } catch (error) {
    if (error instanceof TimedOut) return { timedOutAfter: budget };
    throw error;
  }
}

export async function longestTaskAfterPaint(page: Page): Promise<Figure> {
  const state = await within(10_000, probeState(page)).catch(() => null);
  if (!state) return { skipped: 'page busy' };
  if (state.firstPaint === null) return { skipped: 'no paint' };
  const after = state.tasks.filter(([start]) => start >= state.firstPaint!).map(([, duration]) => duration);
  return { ms: after.length ? Math.max(...after) : 0 };
}

/** The page's JavaScript heap in use, from the DevTools protocol (after a garbage collection). */
export async function heapMB(context: BrowserContext, page: Page): Promise<Figure> {
  try {
    const cdp = await context.newCDPSession(page);
    await within(10_000, cdp.send('HeapProfiler.collectGarbage'));
    await cdp.send('Performance.enable');
    const { metrics } = await within(10_000, cdp.send('Performance.getMetrics'));
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { ms: used / 1e6 };
  } catch {
    return { skipped: 'page busy' };
  }
}

/** Everything measured while a map loads, settles and is panned. */
export async function mapFigures(
  browser: Browser,
  url: string,
  surface: string,
  budgets: Budgets,
): Promise<{ figures: PageFigures; context: BrowserContext; page: Page }> {
  const started = Date.now();
  const { context, page } = await openPage(browser, url);
  const firstPaint = await waitForFirstPaint(page, budgets.firstPaint, started);
  const stable = 'ms' in firstPaint ? await waitForStable(page, budgets.stable, started) : { skipped: 'no paint' };
  const fps = 'ms' in firstPaint ? await panZoomFps(page, surface, 10_000) : { skipped: 'no paint' };
  const longest = await longestTaskAfterPaint(page);
  const heap = 'ms' in firstPaint ? await heapMB(context, page) : { skipped: 'no paint' };
  return { figures: { firstPaint, stable, longestTaskAfterPaint: longest, panZoomFps: fps, heapMB: heap }, context, page };
}
