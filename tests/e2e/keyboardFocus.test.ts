import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { A11Y_SCENARIOS, mapReady, openEditorSection } from './support/a11yScenarios';

const browser = sharedBrowserForThisFile();

/** What has keyboard focus, as a person would name it: a map node's id, else the control's accessible words. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const id = el.getAttribute('data-id');
    if (id) return `node ${id}`;
    const label = [...(el.closest('label')?.childNodes ?? [])].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    return `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? (el.tagName === 'SELECT' ? label : el.textContent?.trim())}`;
  });

async function openSmallMap(): Promise<Page> {
  const { page } = await openApp(browser(), { fixture: 'small-map.json' });
  await mapReady(page);
  return page;
}

/** Into the map the way the README says: "Skip to map" first, then Enter. */
async function skipToMap(page: Page): Promise<string> {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('a Skip to map');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatch(/^node /);
  return focused(page);
}

describe('focus is never lost when a dialog or panel closes (keyboard only)', () => {
  it('returns to Export when the export dialog closes by Escape or by its × button', async () => {
    const page = await openSmallMap();
    const dialog = page.getByRole('dialog', { name: 'Export this view' });
    for (const close of ['Escape', 'button'] as const) {
      await page.getByRole('button', { name: 'Export' }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('dialog, [role="dialog"]')))).toBe(true);
      if (close === 'Escape') await page.keyboard.press('Escape');
      else {
        await dialog.getByRole('button', { name: 'Close export' }).focus();
        await page.keyboard.press('Enter');
      }
      await dialog.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe('button Export');
    }
    await page.context().close();
  });

  it('returns to the map node when the details panel closes by Escape or by its × button', async () => {
    const page = await openSmallMap();
    const node = await skipToMap(page);
    const panel = page.getByRole('complementary', { name: 'Details' });
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe(node);
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Close details' }).focus();
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe(node);
    await page.context().close();
  });

  it('moves into the delete confirmation, back to "Delete factor…" on Escape or Cancel, and to the record picker after deleting', async () => {
    const page = await openSmallMap();
    await page.getByRole('button', { name: 'Edit', exact: true }).focus();
    await page.keyboard.press('Enter');
    const editor = await openEditorSection(page, 'Factors');
    await editor.getByLabel('Edit a factor').selectOption('drug-use');
    const confirm = page.getByRole('alertdialog', { name: 'Delete factor drug-use?' });
    const deleteButton = editor.getByRole('button', { name: 'Delete factor…' });

    await deleteButton.focus();
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    expect(await focused(page)).toBe('button Cancel');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button Delete factor…');

    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Enter'); // on Cancel, where focus went
    await confirm.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button Delete factor…');

    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button Delete');
    await page.keyboard.press('Enter');
    await editor.getByText('Deleted factor drug-use.').waitFor();
    expect(await focused(page)).toBe('select Edit a factor');
    await page.context().close();
  });

  it('hands focus to Edit when the restored-edits notice is answered, not to the page body', async () => {
    const scenario = A11Y_SCENARIOS.find((s) => s.name === 'restored-edits notice')!;
    const { page } = await openApp(browser(), { fixture: scenario.fixture! });
    await scenario.reach(page);
    await page.getByRole('button', { name: 'Keep editing' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Keep editing' }).waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button Edit');
    await page.context().close();
  }, 60_000);

  it('returns to "Play the example story" when the story player closes by Escape or its × button', async () => {
    const { page } = await openApp(browser());
    await mapReady(page);
    await page.getByRole('tab', { name: 'Stories' }).click();
    const play = page.getByRole('button', { name: 'Play the example story' });
    const player = page.getByRole('region', { name: /^Story: / });
    for (const close of ['Escape', 'button'] as const) {
      await play.focus();
      await page.keyboard.press('Enter');
      await player.waitFor();
      if (close === 'Escape') await page.keyboard.press('Escape');
      else {
        await player.getByRole('button', { name: 'Close the story' }).focus();
        await page.keyboard.press('Enter');
      }
      await player.waitFor({ state: 'detached' });
      expect(await focused(page)).toBe('button Play the example story');
    }
    await page.context().close();
  }, 60_000);
});

describe('a screen-reader user hears each change they make (live regions)', () => {
  const mapUpdates = (page: Page) => page.getByRole('status', { name: 'Map updates' }).textContent();

  it('hears a selection made by keyboard on the map, and hears it cleared', async () => {
    const page = await openSmallMap();
    await skipToMap(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => mapUpdates(page)).toMatch(/^Selected .+, (factor|intervention)\. Its details are open\.$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => mapUpdates(page)).toBe('Selection cleared.');
    await page.context().close();
  });

  it('hears the filter’s count when a filter changes', async () => {
    const page = await openSmallMap();
    const count = page.getByRole('status').filter({ hasText: /^Showing/ });
    expect(await count.textContent()).toBe('Showing 3 of 3 interventions');
    await page.getByRole('combobox', { name: 'Evidence', exact: true }).selectOption({ label: 'Limited or stronger (1)' });
    await expect.poll(() => count.textContent()).toBe('Showing 1 of 3 interventions');
    await page.context().close();
  });

  it('opens a filter list with Enter, moves into it, and on Escape closes it and stays on its summary', async () => {
    const page = await openSmallMap();
    const summary = page.locator('details.multi-select summary', { hasText: 'Intervention type' });
    const list = page.getByRole('group', { name: 'Intervention type' });
    await summary.focus();
    await page.keyboard.press('Enter');
    // Drawn in the same frame as it opens: no wait before it is in sight.
    expect(await list.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('Peer support 1 intervention');
    await page.keyboard.press('Space');
    await expect.poll(() => summary.textContent()).toBe('Intervention type: Peer support');
    await page.keyboard.press('Escape');
    expect(await list.isVisible()).toBe(false);
    expect(await focused(page)).toBe('summary Intervention type: Peer support');
    await page.keyboard.press('Space');
    expect(await list.isVisible()).toBe(true);
    await page.context().close();
  });

  it('hears what the what-if funds when a checkbox is ticked with the space bar', async () => {
    const page = await openSmallMap();
    await page.getByRole('tab', { name: 'What if' }).click();
    await page.getByRole('checkbox', { name: /^Housing on release, evidence: Weak/ }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => mapUpdates(page)).toMatch(/^What-if, weighted by evidence: funding Housing on release\. Reoffending /);
    await page.keyboard.press('Space');
    await expect.poll(() => mapUpdates(page)).toBe('What-if: funding nothing.');
    await page.context().close();
  });
});

describe('whoever asks for less motion gets none', () => {
  const transitionOfNode = (page: Page) => page.locator('.map-node').first().evaluate((el) => getComputedStyle(el).transitionDuration);

  it('fades map nodes only for those who have not asked for reduced motion', async () => {
    const moving = await openApp(browser(), { fixture: 'small-map.json', reducedMotion: false });
    await mapReady(moving.page);
    expect(await transitionOfNode(moving.page)).not.toBe('0s');
    await moving.page.context().close();
    const still = await openApp(browser(), { fixture: 'small-map.json', reducedMotion: true });
    await mapReady(still.page);
    expect(await transitionOfNode(still.page)).toBe('0s');
    await still.page.context().close();
  });

  it('zooms in one step, with no frames in between, under reduced motion', async () => {
    const page = await openSmallMap();
    const frames = await page.evaluate(async () => {
      const layer = document.querySelector('.map-canvas > g');
      const seen: string[] = [];
      const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Zoom in');
      seen.push(layer?.getAttribute('transform') ?? '');
      button?.click();
      for (let i = 0; i < 30; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        seen.push(layer?.getAttribute('transform') ?? '');
      }
      return seen;
    });
    const distinct = [...new Set(frames)];
    expect(distinct.length).toBe(2); // before and after, nothing between
    await page.context().close();
  });
});
