import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { boxOf, mapInSight, nodesOutOfSight, overlap, within } from './support/inSight';

/**
 * Issue 23: what a first real use found. A funder, an advocate and a researcher each did their
 * job; these are the places where what they saw on screen let them down. Every test here asserts
 * what a person sees: nodes inside the visible map, not merely in the page.
 */
const browser = sharedBrowserForThisFile();
const KUMU = resolve(__dirname, '../../../shared/fixtures/kumu/us-financial-inclusion-project.json');

async function openMap(options: { query?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const { page } = await openApp(browser(), options);
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  return page;
}

describe('a researcher imports a Kumu map through the editor', () => {
  it('sees every one of its nodes on the map after the import, after Fit and after a reload', async () => {
    expect(existsSync(KUMU), `the Kumu fixture is missing: expected it at ${KUMU}`).toBe(true);
    const page = await openMap();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('complementary', { name: 'Dataset editor' });
    await editor.getByLabel('Section').selectOption('Import and export');
    const name = 'us-financial-inclusion-project.json';
    await editor.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(KUMU) });
    await editor.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Replace the dataset with this import' }).click();
    await editor.getByText(`Imported ${name}. Undo takes it back.`).waitFor();
    await expect.poll(async () => page.locator('[data-id]').count()).toBe(230);

    // Right after the import, while the editor is still open beside the map.
    await expect.poll(() => nodesOutOfSight(page)).toEqual([]);
    const sight = await mapInSight(page);
    expect(sight.width).toBeGreaterThan(300);

    // Zoomed in far, then Fit: the whole map again.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await nodesOutOfSight(page)).length).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    await expect.poll(() => nodesOutOfSight(page)).toEqual([]);
    // Fit is the map's own view again: the address holds no zoom to reopen.
    await expect.poll(() => new URL(page.url()).searchParams.has('z')).toBe(false);

    // The import was saved in this browser: a reload opens the same map, every node in sight.
    await page.reload();
    await page.getByRole('group', { name: /Causal map: US Financial Inclusion/ }).waitFor();
    await expect.poll(async () => page.locator('[data-id]').count()).toBe(230);
    await expect.poll(() => nodesOutOfSight(page)).toEqual([]);
    await page.context().close();
  });
});

/** The selected item as drawn: an SVG node or link, or on canvas the keyboard's stand-in over the node. */
const selectedOnMap = (page: Page, id: string, kind: 'node' | 'link', renderer: 'svg' | 'canvas') =>
  kind === 'link' ? page.locator('path.map-edge.is-selected') : renderer === 'canvas' ? page.locator('.map-focus-stand-in') : page.locator(`[data-id="${id}"]`);

/** Pixels on the canvas in the selection's colour: the ring of a selected node, a selected link. */
const selectionPixelsOnCanvas = (page: Page) =>
  page.locator('canvas.map-bitmap').evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 0x0b) + Math.abs(data[i + 1]! - 0x57) + Math.abs(data[i + 2]! - 0xd0) < 40) count++;
    return count;
  });

describe('an advocate sends a link that selects an item', () => {
  const items = [
    { id: 'boot-camps', kind: 'node', heading: 'Boot camps' },
    { id: 'gang-grooming', kind: 'node', heading: null },
    { id: 'gang-grooming-to-engagement-with-support', kind: 'link', heading: null },
  ] as const;
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    for (const renderer of ['svg', 'canvas'] as const) {
      it(`opens with the selected factor, intervention and link in sight, beside the details panel (${viewport.width}×${viewport.height}, ${renderer})`, async () => {
        for (const item of items) {
          const page = await openMap({ viewport, query: `select=${item.id}${renderer === 'canvas' ? '&renderer=canvas' : ''}` });
          const details = page.getByRole('complementary', { name: 'Details' });
          await details.getByRole('heading', { level: 2 }).waitFor();
          if (item.heading) await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toMatch(new RegExp(item.heading, 'i'));
          if (renderer === 'canvas') await page.locator('canvas.map-bitmap').waitFor();
          const drawn = selectedOnMap(page, item.id, item.kind, renderer);
          const inSight = async () => {
            if (renderer === 'canvas' && item.kind === 'link') return (await selectionPixelsOnCanvas(page)) > 30;
            const box = await boxOf(drawn);
            const panel = await boxOf(details);
            return within(box, await mapInSight(page)) && !overlap(box, panel);
          };
          await expect.poll(inSight, { message: `${item.id} in sight` }).toBe(true);
          await page.context().close();
        }
      });
    }
  }
});
