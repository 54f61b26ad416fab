import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const browser = sharedBrowserForThisFile();

describe('a person using a screen reader or keyboard can use the map (axe-core, WCAG 2.1 AA)', () => {
  it('has no violations on the map with its legend', async () => {
    const { page } = await openApp(browser(), { fixture: 'small-map.json', bypassCSP: true });
    await page.locator('[data-id]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no violations with the detail panel open', async () => {
    const { page } = await openApp(browser(), { fixture: 'small-map.json', bypassCSP: true });
    await page.getByRole('button', { name: /^Intervention: Peer mentors/ }).click();
    await page.getByRole('complementary', { name: 'Details' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['the leverage ranking', 'view=leverage'],
    ['the evidence-gap matrix', 'view=gaps'],
    ['the table view', 'view=table'],
    ['a traced loop with its panel', 'loop=recall-loop'],
    ['a what-if with its panel', 'fund=housing-on-release'],
    ['three interventions compared', 'view=compare&compare=peer-mentors,housing-on-release,treatment'],
    ['the named gaps behind a matrix count', 'view=gaps&gapsin=housing'],
  ])('has no violations on %s', async (_name, query) => {
    const { page } = await openApp(browser(), { fixture: 'small-map.json', query, bypassCSP: true });
    await page.getByRole('main').waitFor();
    await page.waitForTimeout(200);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no violations on the error page', async () => {
    const { page } = await openApp(browser(), { fixture: 'invalid-map.json', bypassCSP: true });
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
