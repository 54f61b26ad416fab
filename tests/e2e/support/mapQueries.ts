import type { Page } from 'playwright-core';

/** The ids of the factors and interventions drawn on the map, sorted. */
export async function drawnIds(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  return ids.sort();
}

export async function dimmedIds(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-id][data-dimmed]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  return ids.sort();
}

/** The page address's query, decoded, without the dataset address (which every test sets). */
export function viewQuery(page: Page): string {
  const params = new URL(page.url()).searchParams;
  params.delete('data');
  return decodeURIComponent(params.toString());
}

export async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`${id} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
