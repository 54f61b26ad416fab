import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];

async function openMap(query = ''): Promise<Page> {
  const opened = await openApp(browser(), { fixture: 'small-map.json', query });
  opened.page.on('close', () => problems.push(...opened.problems));
  await opened.page.getByRole('group', { name: /Causal map/ }).waitFor();
  return opened.page;
}

/** Every node's box on screen, to the pixel: what a person sees of the picture. */
const picture = (page: Page) =>
  page.locator('[data-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.getAttribute('data-id')} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}`;
    }),
  );

describe('an advocate sends a link that reopens exactly the picture they made', () => {
  it('keeps zoom, pan and a dragged node in the link; the link reopens the same picture to the pixel', async () => {
    const page = await openMap('select=recall');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('z')).toMatch(/^-?\d+,-?\d+,[\d.]+$/);
    // Pan by dragging the background.
    const map = (await page.getByRole('group', { name: /Causal map/ }).boundingBox())!;
    await page.mouse.move(map.x + 20, map.y + map.height - 20);
    await page.mouse.down();
    await page.mouse.move(map.x + 80, map.y + map.height - 60, { steps: 6 });
    await page.mouse.up();
    const zoomAfterPan = () => new URL(page.url()).searchParams.get('z');
    const zoomed = await zoomAfterPan();
    await expect.poll(zoomAfterPan).not.toBe(zoomed);
    // Drag a node and drop it somewhere else.
    const box = (await page.locator('[data-id="trusted-worker"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 60, box.y + 50, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('pin')).toMatch(/^trusted-worker:-?[\d.]+:-?[\d.]+$/);
    await page.waitForTimeout(300);
    const made = await picture(page);

    const reopened = await openMap(new URL(page.url()).search.slice(1));
    expect(await picture(reopened)).toEqual(made);
    expect(new URL(reopened.url()).searchParams.get('select')).toBe('recall');
    await reopened.close();
    await page.close();
  });

  it('goes back to the map’s own fit, and drops z= from the link, when Fit is pressed', async () => {
    const page = await openMap();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('z')).toBe(true);
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('z')).toBe(false);
    await page.close();
  });

  it('logged no console errors', () => {
    expect(problems).toEqual([]);
  });
});
