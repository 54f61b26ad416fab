/**
 * npm run a11y-sweep [-- name filter]
 * Opens every view and dialog (tests/e2e/support/a11yScenarios.ts) in headless Chromium, runs
 * axe-core with the WCAG 2.2 AA tags and prints the violations per view, so the figure the
 * accessibility issue asks for (no serious or critical violations) can be measured by anyone.
 * Run `npm run build` first.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { A11Y_SCENARIOS } from '../tests/e2e/support/a11yScenarios';
import { axeViolations } from '../tests/e2e/support/axe';

const root = fileURLToPath(new URL('../', import.meta.url));
const filter = process.argv[2] ?? '';
const server = await startStaticServer({ '/map/': `${root}dist`, '/fixtures/': `${root}tests/fixtures` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let total = 0;
try {
  for (const scenario of A11Y_SCENARIOS.filter((s) => s.name.includes(filter))) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', bypassCSP: true });
    const page = await context.newPage();
    const params = new URLSearchParams(scenario.query ?? '');
    if (scenario.fixture) params.set('data', `${server.url}/fixtures/${scenario.fixture}`);
    try {
      await page.goto(`${server.url}/map/?${params.toString()}`);
      await scenario.reach(page);
      await page.waitForTimeout(300);
      const violations = await axeViolations(page);
      const count = (impact: string) => violations.filter((v) => v.impact === impact).length;
      total += violations.length;
      console.log(`${scenario.name}: ${violations.length} violated rules (critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')})`);
      for (const v of violations) console.log(`    ${v.text}`);
    } catch (error) {
      console.log(`${scenario.name}: could not be reached: ${(error as Error).message.split('\n')[0]}`);
      total += 1;
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\n${total} violated rules in all`);
