import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/openApp';
import { generatedMap } from '../fixtures/generatedMap';

/**
 * Issue 12: on a large map, loops and centrality are computed in a worker (allowed by the page's
 * content security policy), while the Leverage view lists the interventions at once and then
 * completes its ranking.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a funder opens Leverage on a merged map of 1,200 factors', () => {
  it('gets the complete ranking from the analysis worker, with no error and nothing left pending', async () => {
    const dataset = generatedMap(1_200, 21);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const address = `${inject('fixturesUrl')}generated/large-analysis.json`;
    await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }));
    await page.goto(`${inject('appUrl')}?data=${encodeURIComponent(address)}&view=leverage`);

    const ranking = page.getByRole('table', { name: /^Interventions ranked by leverage/ });
    await ranking.waitFor({ timeout: 90_000 });
    const all = dataset.factors.length.toLocaleString('en-GB');
    await page.getByText(`Loops and centrality computed for all ${all} factors.`).waitFor({ timeout: 90_000 });
    expect(await ranking.locator('caption').textContent()).toBe(`Interventions ranked by leverage (${dataset.interventions.length})`);
    expect(await ranking.getByLabel(/still being computed/).count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Loops and centrality computed' }).getAttribute('aria-busy')).toBe('false');
    expect(workers.some((url) => /analysisWorker/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
