import type { Page } from 'playwright-core';
import { openEditorSection } from './a11yScenarios';

/** Adds a Release factor through the editor's form, as a researcher does, and waits for the save. */
export async function addReleaseFactor(page: Page, label: string): Promise<void> {
  const editor = await openEditorSection(page, 'Factors');
  await editor.getByRole('button', { name: 'Add a factor' }).click();
  const form = editor.getByRole('form', { name: 'New factor' });
  await form.getByLabel('Label').fill(label);
  await form.getByLabel('Stage').selectOption({ label: 'Release' });
  await form.getByLabel('Description').fill(`${label}, added in a browser test.`);
  await form.getByLabel('Quote').fill('A short quote.');
  await form.getByRole('button', { name: 'Add factor' }).click();
  await editor.getByText(`Saved factor “${label}”.`).waitFor();
}
