import { describe, expect, inject, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds } from './support/mapQueries';
import { smallMap } from '../fixtures/loadFixture';

const browser = sharedBrowserForThisFile();

describe('an advocate embeds a view in their own page', () => {
  it('shows the map, its title and a way to the full map at 320×240, without filters or search', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'small-map.json', query: 'embed=1&evidence=weak', viewport: { width: 320, height: 240 } });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    const dataset = smallMap();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(dataset.meta.title);
    const map = await page.getByRole('group', { name: /Causal map/ }).boundingBox();
    expect(map!.height).toBeGreaterThan(150);
    expect(map!.width).toBeGreaterThanOrEqual(300);
    // The view's own filter still holds: one intervention is below "weak".
    expect((await drawnIds(page)).length).toBe(dataset.factors.length + 2);
    expect(await page.getByRole('searchbox').count()).toBe(0);
    expect(await page.getByText('Intervention type').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export' }).count()).toBe(0);

    const open = page.getByRole('link', { name: /Open the full map/ });
    const href = new URL((await open.getAttribute('href'))!);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('evidence')).toBe('weak');

    await page.getByRole('button', { name: 'Legend' }).click();
    await expect.poll(() => page.getByRole('complementary', { name: 'Legend' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws inside an iframe on another page', async () => {
    const context = await browser().newContext({ viewport: { width: 800, height: 600 } });
    const page = await context.newPage();
    const src = `${inject('appUrl')}?embed=1&data=${encodeURIComponent(`${inject('fixturesUrl')}small-map.json`)}`;
    await page.setContent(`<iframe src="${src}" width="700" height="450" title="Embedded map"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('group', { name: /Causal map/ }).waitFor();
    expect(await frame.locator('[data-id]').count()).toBe(smallMap().factors.length + smallMap().interventions.length);
    await context.close();
  });
});
