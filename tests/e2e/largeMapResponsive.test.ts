import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/openApp';
import { complete, ring } from '../fixtures/hostile/adversarialGraphs';

/**
 * Issue 17: no dataset of up to 1,000 factors freezes the page. A stranger's map of 1,000 factors
 * opens drawn, and the page answers clicks while it settles; one placed by force settles in view,
 * with a progress bar and a Stop button that leaves every node where it is.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The same dataset with one published position: every other node is then placed by force. */
function withOnePublishedPosition(text: string): string {
  const dataset = JSON.parse(text) as { factors: { id: string }[]; positions?: Record<string, { x: number; y: number }> };
  return JSON.stringify({ ...dataset, positions: { [dataset.factors[0]!.id]: { x: 0, y: 0 } } });
}

async function openGenerated(text: string, query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const address = `${inject('fixturesUrl')}generated/large.json`;
  await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
  // Drawn as SVG whatever its size (renderer=svg): these tests read each node's element; the canvas map has its own (canvasMap.test.ts).
  await page.goto(`${inject('appUrl')}?data=${encodeURIComponent(address)}&renderer=svg${query ? `&${query}` : ''}`);
  await page.getByRole('group', { name: /Causal map/ }).waitFor({ timeout: 90_000 });
  return { page, errors };
}

describe('a map of 1,000 factors opens without freezing the page', () => {
  it('draws a ring of 1,000 factors, each node and its label marked, and answers a click on a tab', async () => {
    const ringOf1000 = ring(1_000);
    const { page, errors } = await openGenerated(ringOf1000.text, ringOf1000.query);
    // Its journey layout is worked out in a worker, so the nodes arrive a moment after the map's frame.
    await expect.poll(() => page.locator('[data-id]').count(), { timeout: 60_000 }).toBe(1_000);
    expect(await page.locator('text[data-label-for]').count()).toBe(1_000);
    const loops = page.getByRole('tab', { name: 'Loops' });
    await loops.click({ timeout: 60_000 });
    await expect.poll(() => loops.getAttribute('aria-selected'), { timeout: 60_000 }).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('lets a map placed by force settle in view, answering clicks meanwhile, and stops it on request', async () => {
    const { page, errors } = await openGenerated(withOnePublishedPosition(ring(1_000).text));
    const progress = page.getByRole('status').filter({ hasText: 'Placing 1,000 nodes' });
    await progress.waitFor({ timeout: 60_000 });
    // Drawn before it has settled: every node is on the page already.
    // Its journey layout is worked out in a worker, so the nodes arrive a moment after the map's frame.
    await expect.poll(() => page.locator('[data-id]').count(), { timeout: 60_000 }).toBe(1_000);
    const paths = page.getByRole('tab', { name: 'Paths' });
    await paths.click({ timeout: 60_000 });
    await expect.poll(() => paths.getAttribute('aria-selected'), { timeout: 60_000 }).toBe('true');

    await page.getByRole('button', { name: 'Stop layout' }).click({ timeout: 60_000 });
    await progress.waitFor({ state: 'detached', timeout: 60_000 });
    // Stopped means stopped: the nodes stay where the layout left them.
    const where = () => page.locator('[data-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('transform')).join(';'));
    const stoppedAt = await where();
    await page.waitForTimeout(500);
    expect(await where()).toBe(stoppedAt);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('lets a layout run to its end when nobody stops it, and takes the progress bar away', async () => {
    const { page, errors } = await openGenerated(withOnePublishedPosition(complete(30).text));
    // 30 factors placed by force: small enough to settle before the first paint, so no progress is shown.
    expect(await page.getByRole('status').filter({ hasText: 'Placing' }).count()).toBe(0);
    expect(await page.locator('[data-id]').count()).toBe(30);
    const big = await openGenerated(withOnePublishedPosition(ring(400).text));
    const progress = big.page.getByRole('status').filter({ hasText: 'Placing 400 nodes' });
    await progress.waitFor({ timeout: 60_000 });
    await progress.waitFor({ state: 'detached', timeout: 120_000 });
    const transforms = await big.page.locator('[data-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('transform') ?? ''));
    expect(transforms).toHaveLength(400);
    expect(transforms.every((t) => /^translate\(-?[\d.e+-]+,-?[\d.e+-]+\)$/.test(t))).toBe(true);
    expect([...errors, ...big.errors]).toEqual([]);
    await Promise.all([page.close(), big.page.close()]);
  }, 240_000);
});
