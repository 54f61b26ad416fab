import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { addReleaseFactor } from './support/addFactor';
import { centreOf } from './support/mapQueries';
import { datasetFile } from './support/openMap';
import { mapReady, openEditorSection as openEditor } from './support/a11yScenarios';

const browser = sharedBrowserForThisFile();

/** The bundled dataset, for what the tests expect; the page loads the file itself, in its own key order. */
const published = datasetFile('data/reoffending-map.json');

/** The published map, opened as a newcomer opens it (no ?data=: the bundled dataset). */
async function openPublishedMap(): Promise<Page> {
  const { page } = await openApp(browser());
  await mapReady(page);
  return page;
}

describe('a researcher edits the published map and the editor says exactly what they did', () => {
  it('lists only the factor and the link a person added in Changes, nothing they did not touch', async () => {
    const page = await openPublishedMap();
    await addReleaseFactor(page, 'Debt on release');

    const links = await openEditor(page, 'Links');
    await links.getByRole('button', { name: 'Add a link' }).click();
    const form = links.getByRole('form', { name: 'New link' });
    await form.getByLabel('From (cause)').selectOption({ label: 'Debt on release' });
    await form.getByLabel('To (effect)').selectOption({ label: 'Reoffending' });
    await form.getByLabel('Polarity').selectOption('+');
    await form.getByLabel('Description').fill('More debt on release means more reoffending.');
    await form.getByLabel('Quote').fill('A short quote.');
    await form.getByRole('button', { name: 'Add link' }).click();
    await links.getByText(/Saved link/).waitFor();

    const changes = (await openEditor(page, 'Changes')).getByRole('region', { name: 'Changes' });
    await changes.getByText('2 added, 0 changed, 0 removed').waitFor();
    const listed = await changes.locator('.change-list > li').evaluateAll((items) => items.map((li) => li.querySelector('strong')?.textContent + ' ' + li.querySelector('code')?.textContent));
    expect(listed.sort()).toEqual(['Added factor debt-on-release', 'Added link debt-on-release-to-reoffending']);
    await page.context().close();
  }, 90_000);

  it('draws a factor added with stage Release in the Release column, labelled like the others', async () => {
    const page = await openPublishedMap();
    await addReleaseFactor(page, 'Debt on release');
    const node = page.locator('[data-id="debt-on-release"]');
    await node.waitFor();
    const added = await centreOf(page, 'debt-on-release');

    // The factor drawn nearest it across the page (by x) is one of the Release stage's.
    const stageOf = new Map(published.factors.map((f) => [f.id, f.stage]));
    const columns = await page.locator('[data-id]').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { id: el.getAttribute('data-id') ?? '', x: box.x + box.width / 2 };
      }),
    );
    const nearest = columns.filter((c) => stageOf.has(c.id)).sort((a, b) => Math.abs(a.x - added.x) - Math.abs(b.x - added.x))[0]!;
    expect(stageOf.get(nearest.id)).toBe('release');
    expect(Math.abs(nearest.x - added.x)).toBeLessThan(3);

    // Its label is drawn in full, inside the map, beside it.
    const label = page.locator('text[data-label-for="debt-on-release"]');
    expect(await label.isVisible()).toBe(true);
    expect((await label.textContent())?.replace(/\s+/g, ' ').trim()).toBe('Debt on release');
    const map = (await page.locator('.map-view').boundingBox())!;
    const box = (await label.boundingBox())!;
    expect(box.x).toBeGreaterThan(added.x);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    await page.context().close();
  }, 90_000);

  it('shows the restored evidence rating in the form after Undo, and the undone one again after Redo', async () => {
    const limited = published.interventions.find((i) => i.evidence.strength === 'limited')!;
    const page = await openPublishedMap();
    const editor = await openEditor(page, 'Interventions');
    await editor.getByLabel('Edit an intervention').selectOption(limited.id);
    const strength = editor.getByLabel('Evidence strength');
    expect(await strength.inputValue()).toBe('limited');
    await strength.selectOption('weak');
    await editor.getByRole('button', { name: 'Save intervention' }).click();
    await editor.getByText(`Saved intervention “${limited.label}”.`).waitFor();

    await editor.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => strength.inputValue()).toBe('limited');
    await editor.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => strength.inputValue()).toBe('weak');
    await page.context().close();
  }, 90_000);
});
