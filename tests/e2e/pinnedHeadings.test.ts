import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const browser = sharedBrowserForThisFile();

describe('the stage headings pinned over the map', () => {
  it('on a phone showing the whole map, name their columns without running into each other', async () => {
    const { page, problems } = await openApp(browser(), { viewport: { width: 390, height: 844 } });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    // Every heading drawn (its lines together), by its box on screen.
    const lines = async () =>
      page.locator('.map-headings text').evaluateAll((headings) =>
        headings
          .map((h) => ({ text: [...h.querySelectorAll('tspan')].map((t) => t.textContent).join(' '), box: h.getBoundingClientRect().toJSON() as DOMRect }))
          .filter((l) => l.box.width > 0),
      );
    await expect.poll(async () => (await lines()).length).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    const drawn = await lines();
    const clash = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const clashes = drawn.flatMap((a, i) => drawn.slice(i + 1).filter((b) => clash(a.box, b.box)).map((b) => `${a.text} / ${b.text}`));
    expect(clashes).toEqual([]);
    // Each word is whole: no heading is cut at the view's edge.
    for (const line of drawn) expect(line.box.left >= -0.5 && line.box.right <= 390.5).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
