import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const browser = sharedBrowserForThisFile();

describe('the what-if list of interventions to fund', () => {
  it('shows each intervention’s evidence badge whole, inside the sidebar, at 1280 px', async () => {
    const { page, problems } = await openApp(browser());
    await page.getByRole('tab', { name: 'What if' }).click();
    const list = page.getByRole('group', { name: 'Interventions to fund' });
    await list.waitFor();
    const sidebar = (await page.locator('.sidebar').boundingBox())!;
    const boxes = await list.locator('label > .evidence').evaluateAll((badges) => badges.map((b) => ({ text: b.textContent ?? '', right: b.getBoundingClientRect().right })));
    expect(boxes.length).toBeGreaterThan(10);
    // A badge cut at the sidebar's edge read "Moderat" and "Testimor".
    for (const badge of boxes) expect({ text: badge.text, inside: badge.right <= sidebar.x + sidebar.width }).toEqual({ text: badge.text, inside: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
