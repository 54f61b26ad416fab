import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { A11Y_SCENARIOS } from './support/a11yScenarios';
import { axeViolations, serious } from './support/axe';

const browser = sharedBrowserForThisFile();

/**
 * axe-core with the WCAG 2.2 AA tags on every view and dialog a person can reach (the list is
 * tests/e2e/support/a11yScenarios.ts; `npm run a11y-sweep` prints the same figures, all impacts).
 */
describe('a person using a screen reader or keyboard meets no serious barrier anywhere (axe-core, WCAG 2.2 AA)', () => {
  it.each(A11Y_SCENARIOS.map((s) => [s.name, s] as const))('has no serious or critical violations on %s', async (_name, scenario) => {
    const { page } = await openApp(browser(), { ...(scenario.fixture ? { fixture: scenario.fixture } : {}), ...(scenario.query ? { query: scenario.query } : {}), bypassCSP: true });
    await scenario.reach(page);
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('has no violations of any impact on the map, the details panel and the editor', async () => {
    for (const name of ['map with its legend', 'map with the details panel', 'editor: Factors']) {
      const scenario = A11Y_SCENARIOS.find((s) => s.name === name)!;
      const { page } = await openApp(browser(), { fixture: scenario.fixture!, bypassCSP: true });
      await scenario.reach(page);
      expect((await axeViolations(page)).map((v) => v.text)).toEqual([]);
      await page.context().close();
    }
  }, 90_000);
});
