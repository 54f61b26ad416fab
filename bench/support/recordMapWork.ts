import type { CDPSession, Page } from 'playwright-core';

/**
 * Opens the bundled map and records what a person's work costs: `start` is called on a fresh
 * CDP session just before it, `stop` just after. The work is the first load (from navigation to a
 * moment after the map's first paint) with `onLoad`, else `changes` evidence-filter changes on
 * a settled map, `gapMs` apart (400 by default: each change's animations over before the next).
 */
export async function recordMapWork<T>(page: Page, url: string, options: { onLoad: boolean; changes: number; gapMs?: number }, start: (cdp: CDPSession) => Promise<void>, stop: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const open = async (settle: number) => {
    await page.goto(url);
    await page.locator('[data-id]').first().waitFor();
    await page.waitForTimeout(settle);
  };
  if (!options.onLoad) await open(1500);
  const cdp = await page.context().newCDPSession(page);
  await start(cdp);
  if (options.onLoad) await open(300);
  else {
    const evidence = page.getByRole('combobox', { name: 'Evidence' });
    for (let i = 0; i < options.changes; i++) {
      await evidence.selectOption(i % 2 === 0 ? 'limited' : '');
      await page.waitForTimeout(options.gapMs ?? 400);
    }
  }
  return stop(cdp);
}
