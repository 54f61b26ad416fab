import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { mapInSight, within } from './support/inSight';

const browser = sharedBrowserForThisFile();
const INDIGO = fileURLToPath(new URL('../../../shared/fixtures/360giving/indigo-trust.json', import.meta.url));
const indigo = JSON.parse(readFileSync(INDIGO, 'utf8')) as { grants: Array<{ id: string; title: string; amountAwarded: number; awardDate: string }> };
const autobiography = indigo.grants.find((g) => g.id === '360G-indigotrust:IND6')!;
const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
/** The fixture's last award year ("31/07/2014 00:00"), read from the file, not written down here. */
const lastYear = String(Math.max(...indigo.grants.map((g) => Number(/\b(\d{4})\b/.exec(g.awardDate)?.[1] ?? 0))));
const SCREENSHOT = process.env.GRANTS_OVERLAY_SCREENSHOT;

describe('a funder sees its grants on the map', () => {
  it('turns the overlay on: the tagged intervention and the factors it acts on are ringed, named with the money, and the export says whose grants and when', async () => {
    const { page } = await openApp(browser(), { query: 'view=grants' });
    await page.getByRole('heading', { name: 'Your grants on the map' }).waitFor();
    await page.getByLabel('Grants file (360Giving JSON, CSV or XLSX)').setInputFiles(INDIGO);
    await page.getByRole('button', { name: `Confirm suggestions for ${autobiography.title}` }).click();
    await page.getByRole('list', { name: `Tags for ${autobiography.title}` }).waitFor();
    const summary = (await page.locator('.portfolio-summary').textContent()) ?? '';
    const range = /^Indigo Trust, (\d+ \w+ \d{4} to \d+ \w+ (\d{4})):/.exec(summary);
    expect(range?.[2]).toBe(lastYear);

    await page.getByRole('checkbox', { name: 'Show my grants on the map' }).check();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' }).click();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();

    const arts = page.locator('[data-id="arts-and-creativity"]');
    await expect.poll(() => arts.getAttribute('aria-label')).toContain(`Your grants: ${pounds(autobiography.amountAwarded)}.`);
    const key = page.getByRole('region', { name: 'Your grants on the map' });
    expect(await key.textContent()).toContain(`Gold halos: your confirmed grants (Indigo Trust, ${range?.[1]})`);
    expect(await key.isVisible()).toBe(true);
    // At 1280x800 the key covers no node of the map (it stood over the interventions' lane).
    const keyBox = (await key.boundingBox())!;
    const under = await page.locator('[data-id]').evaluateAll(
      (els, box) =>
        els
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > box.x && r.left < box.x + box.width && r.bottom > box.y && r.top < box.y + box.height;
          })
          .map((el) => el.getAttribute('data-id')),
      keyBox,
    );
    expect(under).toEqual([]);
    // A factor the intervention acts on carries the same money; one it does not act on carries none.
    expect(await page.locator('[data-id="motivation-and-hope"]').getAttribute('aria-label')).toContain(`Your grants: ${pounds(autobiography.amountAwarded)}.`);
    const untouched = await page.locator('[data-id]').evaluateAll((els) => els.filter((el) => !el.getAttribute('aria-label')?.includes('Your grants')).length);
    expect(untouched).toBeGreaterThan(0);

    // The funder finds the intervention by search: the map brings it into sight, ringed, and the details say the money.
    await page.getByRole('combobox', { name: /^Search/ }).fill('Arts and creative');
    await page.getByRole('option', { name: /Arts and creative projects/ }).first().click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.textContent()).toContain(`Your grants: ${pounds(autobiography.amountAwarded)}`);
    const ring = arts.locator('circle.map-money');
    await ring.waitFor();
    await expect.poll(async () => within((await ring.boundingBox())!, await mapInSight(page))).toBe(true);
    const ringBox = (await ring.boundingBox())!;
    const nodeBox = (await arts.locator('path, polygon, rect, circle:not(.map-money)').first().boundingBox())!;
    expect(ringBox.width).toBeGreaterThan(nodeBox.width);
    if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT });

    // The link holds the setting, never the grants.
    expect(page.url()).toContain('portfolio=on');
    expect(decodeURIComponent(page.url())).not.toMatch(/indigo|IND6|360G|autobiography|grants=/i);

    // The exported SVG says whose grants and over when.
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('dialog', { name: 'Export this view' }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const svg = (await readFile(await file.path())).toString('utf8');
    const text = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').documentElement.textContent ?? '', svg);
    expect(text).toContain(`Grants: Indigo Trust, ${range?.[1]}.`);
    expect(svg).toContain('map-money');
    // Its legend names the gold halo, drawn in the map's own gold, since the map's grants key is not exported.
    expect(text).toContain('Gold halo: your confirmed grants reach it');
    expect(svg).toMatch(/class="legend-money-halo"><circle[^>]*stroke="#8a6200"/);
    expect(svg).not.toContain(autobiography.title);
    await page.keyboard.press('Escape');

    // By year: in a year other than the grant's, the overlay has nothing on that intervention; the link says which year.
    const otherYear = lastYear === autobiography.awardDate.slice(-10, -6) ? '2001' : lastYear;
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Grants' }).click();
    await page.getByLabel('Year').selectOption(otherYear);
    await expect.poll(() => page.url()).toContain(`portfolioyear=${otherYear}`);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Your grants on the map' }).textContent()).toContain(`awarded in ${otherYear}`);
    expect(await page.locator('[data-id="arts-and-creativity"]').getAttribute('aria-label')).not.toContain('Your grants');
    await page.context().close();
  });

  it('a link with portfolio=on but no grants loaded shows the map unmarked, and a reader without it never fetches the overlay code', async () => {
    const { page } = await openApp(browser(), { query: 'portfolio=on' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    expect(await page.locator('circle.map-money').count()).toBe(0);
    expect(await page.locator('[data-id][aria-label*="Your grants"]').count()).toBe(0);
    // The map says where to load them, and turns the overlay off.
    const key = page.getByRole('region', { name: 'Your grants on the map' });
    await expect.poll(() => key.textContent()).toContain('Your grants are not loaded in this browser');
    await key.getByRole('button', { name: 'Hide my grants' }).click();
    await expect.poll(() => page.url()).not.toContain('portfolio=');
    expect(await key.count()).toBe(0);
    await page.context().close();

    const plain = (await openApp(browser(), {})).page;
    await plain.getByRole('group', { name: /Causal map/ }).waitFor();
    const fetched = () => plain.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    await expect.poll(async () => (await fetched()).some((u) => /TableView/.test(u)), { timeout: 15_000 }).toBe(true);
    expect((await fetched()).filter((u) => /PortfolioOverlayFeed|svgMoneyRings|GrantsView/.test(u))).toEqual([]);
    await plain.context().close();
  });
});
