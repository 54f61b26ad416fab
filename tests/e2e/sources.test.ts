import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const browser = sharedBrowserForThisFile();

interface Cited {
  citations?: Array<{ source: string }>;
  evidence?: { citations: Array<{ source: string }> };
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/small-map.json', import.meta.url), 'utf8')) as {
  sources: Array<{ id: string; title: string }>;
  factors: Cited[];
  links: Cited[];
  interventions: Cited[];
  gaps: Cited[];
};
/** How many records cite a source, counted from the file itself. */
const citing = (source: string) =>
  [...fixture.factors, ...fixture.links, ...fixture.interventions, ...fixture.gaps].filter((r) =>
    (r.citations ?? r.evidence?.citations ?? []).some((c) => c.source === source),
  ).length;

describe('a researcher checks what rests on one source, and sends the link', () => {
  it('opens Sources by keyboard, chooses a source, sees what cites it, and the link reopens the panel on it', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'small-map.json' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    // The tab list is one Tab stop; the arrow keys move along it (from the first tab, left wraps to the last: Sources).
    await page.getByRole('tab', { name: 'Legend' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Sources');
    const panel = page.getByRole('tabpanel', { name: 'Sources' });
    const source = fixture.sources[0]!;
    const choice = panel.getByRole('button', { name: new RegExp(`^${source.title}`) });
    await choice.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => choice.getAttribute('aria-pressed')).toBe('true');
    const count = citing(source.id);
    const cited = panel.getByRole('region', { name: `What cites ${source.title}` });
    await expect.poll(() => cited.textContent()).toContain(`cited by ${count} records`);
    expect(await cited.getByRole('listitem').count()).toBe(count);
    expect(await cited.isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBe(source.id);

    // The link, opened afresh, shows the same source chosen in the Sources tab.
    await page.goto(page.url());
    const reopened = page.getByRole('tabpanel', { name: 'Sources' });
    await reopened.waitFor();
    expect(await page.getByRole('tab', { name: 'Sources' }).getAttribute('aria-selected')).toBe('true');
    expect(await reopened.getByRole('button', { name: new RegExp(`^${source.title}`) }).getAttribute('aria-pressed')).toBe('true');
    expect(await reopened.getByRole('region', { name: `What cites ${source.title}` }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a link naming a source far down the bundled list opens with that source\'s title and the tabs in sight', async () => {
    const bundled = JSON.parse(readFileSync(new URL('../../data/reoffending-map.json', import.meta.url), 'utf8')) as { sources: Array<{ id: string; title: string; kind: string }> };
    // The last source the panel lists: the last kind it shows, last in the file within it.
    const kinds = [...new Set(bundled.sources.map((s) => s.kind))];
    const far = bundled.sources.filter((s) => s.kind === kinds.at(-1)).at(-1)!;
    const { page, problems } = await openApp(browser(), { query: `source=${far.id}` });
    const panel = page.getByRole('tabpanel', { name: 'Sources' });
    await panel.getByRole('region', { name: `What cites ${far.title}` }).waitFor();
    const boxOf = (locator: ReturnType<typeof page.locator>) => locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    await expect
      .poll(async () => {
        const sidebar = await boxOf(page.locator('.sidebar'));
        const tabs = await boxOf(page.getByRole('tablist', { name: 'Legend and analysis' }));
        const title = await boxOf(panel.getByRole('button', { name: new RegExp(`^${far.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }));
        // The title lies below the tabs and inside the sidebar's visible height; the tabs are within the sidebar too.
        return tabs.top >= sidebar.top - 0.5 && title.top >= tabs.bottom - 0.5 && title.bottom <= Math.min(sidebar.bottom, 800) + 0.5;
      })
      .toBe(true);
    // Only the sidebar scrolled: the page's header is still whole at the top of the window.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect((await boxOf(page.getByRole('heading', { level: 1 }))).top).toBeGreaterThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
