import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { initialJs } from '../../bench/support/initialJs';
import { INITIAL_JS_TARGET_KB } from '../../bench/bundle-size';

const browser = sharedBrowserForThisFile();
const dist = join(fileURLToPath(new URL('../../', import.meta.url)), 'dist');

/** Test-side listener: when the first map item (an element with data-id) reached the page. */
const FIRST_ITEM = `
  new MutationObserver(function (_, observer) {
    if (document.querySelector('[data-id]')) { window.__firstMapItemAt = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

describe('the first load stays lean', () => {
  it(`the built page's initial JavaScript (entry and preloaded chunks) is at most ${INITIAL_JS_TARGET_KB} kB gzipped`, () => {
    // The build the other browser tests run on (globalSetup), measured as npm run bench:bundle does.
    const { gzipped, files } = initialJs(dist);
    expect(files.length).toBeGreaterThan(0);
    expect(gzipped / 1000).toBeLessThanOrEqual(INITIAL_JS_TARGET_KB);
  });

  it('a reader of the bundled map fetches no part of the validator (zod) before the map is drawn', async () => {
    const { page, problems } = await openApp(browser(), { initScript: FIRST_ITEM });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.waitForFunction(() => typeof (window as unknown as { __firstMapItemAt?: number }).__firstMapItemAt === 'number');
    const before = await page.evaluate(() => {
      const drawnAt = (window as unknown as { __firstMapItemAt: number }).__firstMapItemAt;
      return performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime <= drawnAt).map((e) => e.name);
    });
    expect(before.length).toBeGreaterThan(0);
    // Which packages each script holds, read from its source map (names of chunks can change).
    const packagesIn = async (script: string) => {
      const map = (await (await page.request.get(`${script}.map`)).json().catch(() => ({ sources: [] }))) as { sources: string[] };
      return map.sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)?.[1]).filter((p): p is string => p !== undefined);
    };
    const packages = new Set((await Promise.all(before.map(packagesIn))).flat());
    expect(packages.has('react-dom')).toBe(true);
    expect(packages.has('zod')).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the bundled dataset is downloaded once, asked for by the page as it opens, not after its script has run', async () => {
    const { page, problems } = await openApp(browser(), { initScript: FIRST_ITEM });
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/reoffending-map.json')) requests++;
    });
    await page.reload();
    await page.waitForFunction(() => typeof (window as unknown as { __firstMapItemAt?: number }).__firstMapItemAt === 'number');
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const dataset = entries.filter((e) => e.name.endsWith('/reoffending-map.json'));
      return { datasets: dataset.length, askedBy: dataset[0]?.initiatorType };
    });
    // One download: the page's preload is the one the app reads (a mismatch would fetch it twice).
    expect(requests).toBe(1);
    expect(timing.datasets).toBe(1);
    // Asked for by the page itself (its preload link), so it does not wait for the script to arrive and run.
    expect(timing.askedBy).toBe('link');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a dataset the build did not validate (?data=) still gets the full validation, with located errors', async () => {
    const { page } = await openApp(browser(), { fixture: 'hostile/corpus/dangling-link-to.json' });
    await page.getByRole('heading', { name: 'This dataset could not be opened' }).waitFor();
    await expect(page.getByRole('alert').getByRole('listitem').first().textContent()).resolves.toMatch(/links/);
    await page.context().close();
  });
});
