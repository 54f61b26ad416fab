import type { Locator, Page } from 'playwright-core';

/** Drops a text file on an element, as a person dragging it from their desktop does (dragover, then drop). */
export async function dropTextFile(page: Page, target: Locator, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      return data;
    },
    [name, text] as const,
  );
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}
