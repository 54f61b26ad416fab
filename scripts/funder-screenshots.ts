/**
 * npx tsx scripts/funder-screenshots.ts
 * Saves the funder's answers (compare, what-if, leverage, the named gaps) at 1280×800 and 390×844
 * into screenshots/funder-*.png, on the bundled dataset, choosing interventions from what it holds
 * (the first three, and the first domain with a named gap), so it never depends on particular ids.
 * Run `npm run build` first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { parseDataset } from '../src/model';
import { gapsInColumn } from '../src/analysis';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = `${root}screenshots`;
mkdirSync(out, { recursive: true });
const parsed = parseDataset(JSON.parse(readFileSync(`${root}data/reoffending-map.json`, 'utf8')));
if (!parsed.ok) throw new Error('The bundled dataset is invalid: run npm run validate on it.');
const dataset = parsed.dataset;
const three = dataset.interventions.slice(0, 3).map((i) => i.id);
const gapFactor = dataset.gaps[0]?.factors[0];
const gapDomain = dataset.vocabularies.domains.find((d) => gapsInColumn(dataset, 'domain', d.id).length > 0)?.id;

const scenes: Array<{ name: string; query: string; then?: (page: Page) => Promise<void> }> = [
  { name: 'compare', query: `view=compare&compare=${three.join(',')}` },
  {
    name: 'compare-reach',
    query: `view=compare&compare=${three.join(',')}`,
    // The rows on reach, what-if and gaps, scrolled to inside the view (not the page).
    then: (page) =>
      page.evaluate(() => {
        const area = document.querySelector<HTMLElement>('.compare-view');
        const row = [...document.querySelectorAll<HTMLElement>('.compare-table th[scope="row"]')].find((th) => th.textContent?.startsWith('Factors'));
        if (area && row) area.scrollTop += row.getBoundingClientRect().top - area.getBoundingClientRect().top;
      }),
  },
  {
    name: 'what-if',
    query: `fund=${three.slice(0, 2).join(',')}`,
    then: async (page) => {
      // On a phone the sidebar folds away behind its summary.
      const tab = page.getByRole('tab', { name: 'What if' });
      if (!(await tab.isVisible())) await page.getByText('Legend and analysis', { exact: true }).click();
      await tab.click();
      await page.getByRole('heading', { name: 'Effects on the map' }).scrollIntoViewIfNeeded();
    },
  },
  { name: 'leverage', query: 'view=leverage' },
  { name: 'intervention-details', query: `view=table&compare=${three[0]}&select=${three[1]}` },
  ...(gapFactor ? [{ name: 'factor-details', query: `view=table&select=${gapFactor}` }] : []),
  { name: 'gaps', query: `view=gaps${gapDomain ? `&gapsin=${gapDomain}` : ''}` },
];

const server = await startStaticServer({ '/map/': `${root}dist` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    for (const scene of scenes) {
      const page = await browser.newPage({ viewport });
      page.on('console', (m) => {
        if (m.type() === 'error') console.error(`console error: ${m.text()}`);
      });
      await page.goto(`${server.url}/map/?${scene.query}`);
      await page.waitForSelector('.app-main, [role="alert"]', { timeout: 15_000 });
      await page.waitForTimeout(400);
      await scene.then?.(page);
      await page.waitForTimeout(200);
      const path = `${out}/funder-${scene.name}-${device}.png`;
      await page.screenshot({ path });
      console.log(`Saved ${path}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
