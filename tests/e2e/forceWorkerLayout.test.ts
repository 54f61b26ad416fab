import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/openApp';
import { ring } from '../fixtures/hostile/adversarialGraphs';

/**
 * Issue 12: a large map placed by force settles in a worker. It is drawn at once (from a quick
 * placement while its journey layout is worked out, then from its starting places), settles in
 * view with a progress bar that goes by itself, and answers a drag once it has settled. (Stop
 * layout on a map of 1,000 factors placed by force: largeMapResponsive.test.ts.)
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** The dataset with one published position: every other node is placed by force. */
function placedByForce(text: string): string {
  const dataset = JSON.parse(text) as { factors: { id: string }[] };
  return JSON.stringify({ ...dataset, positions: { [dataset.factors[0]!.id]: { x: 0, y: 0 } } });
}

async function open(text: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const address = `${inject('fixturesUrl')}generated/placed-by-force.json`;
  await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
  // Drawn as SVG whatever its size (renderer=svg): this test reads each node's element to see it move;
  // the canvas map's own test is canvasMap.test.ts.
  await page.goto(`${inject('appUrl')}?data=${encodeURIComponent(address)}&renderer=svg`);
  return { page, errors };
}

const transforms = (page: Page) => page.locator('[data-id]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('transform') ?? ''));
const translation = (transform: string) => transform.match(/translate\(([-\d.e+]+),([-\d.e+]+)\)/)?.slice(1).map(Number) ?? [NaN, NaN];

describe('a large map placed by force settles in view, off the main thread', () => {
  it('is drawn before its layout has finished, shows how far it has come, settles by itself, then answers a drag', async () => {
    const { page, errors } = await open(placedByForce(ring(800).text));
    const progress = page.getByRole('status').filter({ hasText: 'Placing 800 nodes' });
    await progress.waitFor({ timeout: 90_000 });
    // While the layout runs, every node is already on the page, and the page answers a tab.
    expect(await page.locator('[data-id]').count()).toBe(800);
    const early = await transforms(page);
    await expect.poll(() => page.locator('.map-layout-progress progress').getAttribute('value'), { timeout: 60_000 }).not.toBe('0');
    const paths = page.getByRole('tab', { name: 'Paths' });
    await paths.click({ timeout: 30_000 });
    await expect.poll(() => paths.getAttribute('aria-selected'), { timeout: 30_000 }).toBe('true');

    // Nobody stops it: it runs to its end, the bar goes, and the nodes have moved from where they started.
    await progress.waitFor({ state: 'detached', timeout: 150_000 });
    const settled = await transforms(page);
    expect(settled).toHaveLength(800);
    expect(settled).not.toEqual(early);
    await page.waitForTimeout(600);
    expect(await transforms(page)).toEqual(settled);

    // A drag after settling still moves the node (the worker follows the pointer).
    // The node nearest the middle of the map, as a person would pick one they can see.
    const id = await page.locator('svg.map-canvas').evaluate((svg) => {
      const frame = svg.getBoundingClientRect();
      const middle = { x: frame.left + frame.width / 2, y: frame.top + frame.height / 2 };
      const nodes = [...svg.querySelectorAll('[data-id]')].map((n) => ({ id: n.getAttribute('data-id')!, box: n.getBoundingClientRect() }));
      const distance = (b: DOMRect) => Math.hypot(b.x + b.width / 2 - middle.x, b.y + b.height / 2 - middle.y);
      return nodes.reduce((a, b) => (distance(b.box) < distance(a.box) ? b : a)).id;
    });
    const node = page.locator(`[data-id="${id}"]`);
    const before = translation((await node.getAttribute('transform')) ?? '');
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 8, box.y + box.height / 2 + i * 5);
    await page.mouse.up();
    await expect.poll(async () => {
      const after = translation((await node.getAttribute('transform')) ?? '');
      return Math.hypot(after[0]! - before[0]!, after[1]! - before[1]!);
    }, { timeout: 30_000 }).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
