import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/**
 * Every view and dialog a person can reach, as a browser would open it: the address to open
 * (a fixture dataset and view parameters) and what a person does next. The accessibility tests
 * and `scripts/a11y-sweep.ts` walk the same list, so the figures in a report are the tests' own.
 */
export interface A11yScenario {
  name: string;
  /** A file in tests/fixtures; the bundled dataset when left out. */
  fixture?: string;
  query?: string;
  /** Waits for the page, then does what a person does to reach the view or dialog. */
  reach(page: Page): Promise<void>;
}

const SMALL = 'small-map.json';

export async function mapReady(page: Page): Promise<void> {
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
}

async function mainReady(page: Page): Promise<void> {
  await page.getByRole('main').waitFor();
  await page.getByRole('button', { name: 'Export' }).waitFor();
}

export async function openEditorSection(page: Page, section: string) {
  const toggle = page.getByRole('button', { name: 'Edit', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const editor = page.getByRole('complementary', { name: 'Dataset editor' });
  await editor.waitFor();
  await editor.getByLabel('Section').selectOption(section);
  return editor;
}

const tab = (name: string, shown: (page: Page) => Promise<void>) => async (page: Page) => {
  await mapReady(page);
  await page.getByRole('tab', { name }).click();
  await shown(page);
};

const EDITOR_SECTIONS = ['Factors', 'Links', 'Interventions', 'Sources', 'Gaps', 'Loops', 'Vocabularies', 'Changes', 'Import and export'];

export const A11Y_SCENARIOS: A11yScenario[] = [
  { name: 'map with its legend', fixture: SMALL, reach: mapReady },
  {
    name: 'map with the details panel',
    fixture: SMALL,
    reach: async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: /^Intervention: Peer mentors/ }).click();
      await page.getByRole('complementary', { name: 'Details' }).waitFor();
    },
  },
  { name: 'table', fixture: SMALL, query: 'view=table', reach: async (page) => void (await page.getByRole('table').first().waitFor()) },
  { name: 'leverage ranking', fixture: SMALL, query: 'view=leverage', reach: mainReady },
  { name: 'compare', fixture: SMALL, query: 'view=compare&compare=peer-mentors,housing-on-release,treatment', reach: mainReady },
  { name: 'evidence-gap matrix', fixture: SMALL, query: 'view=gaps', reach: mainReady },
  { name: 'named gaps behind a matrix count', fixture: SMALL, query: 'view=gaps&gapsin=housing', reach: mainReady },
  { name: 'loops tab', fixture: SMALL, reach: tab('Loops', async () => {}) },
  { name: 'a traced loop', fixture: SMALL, query: 'loop=recall-loop', reach: mapReady },
  { name: 'paths tab', fixture: SMALL, reach: tab('Paths', async () => {}) },
  { name: 'a traced path', fixture: SMALL, query: 'path=homeless-on-release,reoffending', reach: mapReady },
  { name: 'what-if tab', fixture: SMALL, reach: tab('What if', async () => {}) },
  { name: 'a what-if with funding', fixture: SMALL, query: 'fund=housing-on-release', reach: mapReady },
  { name: 'a chosen source', fixture: SMALL, query: 'source=interviews', reach: tab('Sources', async (page) => void (await page.getByRole('region', { name: /^What cites/ }).waitFor())) },
  { name: 'stories tab', reach: tab('Stories', async (page) => void (await page.getByRole('button', { name: 'Play the example story' }).waitFor())) },
  {
    name: 'story player',
    reach: tab('Stories', async (page) => {
      await page.getByRole('button', { name: 'Play the example story' }).click();
      await page.getByRole('region', { name: /^Story: / }).waitFor();
    }),
  },
  {
    name: 'export dialog',
    fixture: SMALL,
    reach: async (page) => {
      await mapReady(page);
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('dialog', { name: 'Export this view' }).waitFor();
    },
  },
  ...EDITOR_SECTIONS.map((section) => ({
    name: `editor: ${section}`,
    fixture: SMALL,
    reach: async (page: Page) => {
      await mapReady(page);
      await openEditorSection(page, section);
    },
  })),
  {
    name: 'editor: a factor open for editing',
    fixture: SMALL,
    reach: async (page) => {
      await mapReady(page);
      const editor = await openEditorSection(page, 'Factors');
      await editor.getByLabel('Edit a factor').selectOption('recall');
      await editor.getByRole('button', { name: 'Delete factor…' }).waitFor();
    },
  },
  {
    name: 'delete confirmation',
    fixture: SMALL,
    reach: async (page) => {
      await mapReady(page);
      const editor = await openEditorSection(page, 'Factors');
      await editor.getByLabel('Edit a factor').selectOption('recall');
      await editor.getByRole('button', { name: 'Delete factor…' }).click();
      await page.getByRole('alertdialog').waitFor();
    },
  },
  {
    name: 'import preview',
    fixture: SMALL,
    reach: async (page) => {
      await mapReady(page);
      const editor = await openEditorSection(page, 'Import and export');
      await editor.getByLabel('Choose a file to import').setInputFiles(fileURLToPath(new URL('../../fixtures/import/gephi-sample.gexf', import.meta.url)));
      await editor.getByRole('region', { name: 'Import preview' }).waitFor();
    },
  },
  {
    name: 'restored-edits notice',
    fixture: SMALL,
    reach: async (page) => {
      await mapReady(page);
      const editor = await openEditorSection(page, 'Factors');
      await editor.getByRole('button', { name: 'Add a factor' }).click();
      const form = editor.getByRole('form', { name: 'New factor' });
      await form.getByLabel('Label').fill('Debt on release');
      await form.getByLabel('Description').fill('Debt on release, added by the accessibility sweep.');
      await form.getByLabel('Quote').fill('A short quote.');
      await form.getByRole('button', { name: 'Add factor' }).click();
      await editor.getByText('Saved factor “Debt on release”.').waitFor();
      await page.getByText('Saved in this browser').waitFor();
      await page.reload();
      await mapReady(page);
      await page.getByText(/Unsaved edits from .* were restored/).waitFor();
    },
  },
  { name: 'embed', fixture: SMALL, query: 'embed=1', reach: async (page) => void (await page.locator('[data-id]').first().waitFor()) },
  { name: 'error page', fixture: 'invalid-map.json', reach: async (page) => void (await page.getByRole('alert').waitFor()) },
];
