import type { Locator, Page } from 'playwright-core';

/** Opens the editor on its "Import and export" section, once the map is drawn, as a person would. */
export async function openImportSection(page: Page): Promise<Locator> {
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = page.getByRole('complementary', { name: 'Dataset editor' });
  await editor.getByLabel('Section').selectOption('Import and export');
  return editor;
}
