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
/** The bundled dataset the app opens with. */
const BUNDLED = JSON.parse(readFileSync(resolve(__dirname, '../../data/reoffending-map.json'), 'utf8')) as {
  meta: { title: string; outcome: string };
  factors: unknown[];
  interventions: unknown[];
  vocabularies: { stages: { label: string }[] };
};

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

describe('a funder prints the map with the browser’s own Print, without opening Export', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`gets one A4 landscape sheet with the whole view, its title, legend and the outcome (${viewport.width}×${viewport.height})`, async () => {
      const page = await openMap({ viewport });
      // The sheet's drawing code arrives after the first paint, as a person would wait before printing.
      await page.waitForLoadState('networkidle');
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
      const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
      // A4 landscape: 297 × 210 mm, 842 × 595 points.
      expect(Number(width)).toBeCloseTo(842, -1);
      expect(Number(height)).toBeCloseTo(595, -1);

      // What that sheet holds, as the browser lays out the print.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const sheet = page.locator('.print-sheet svg');
      expect(await sheet.isVisible()).toBe(true);
      const sheetBox = await boxOf(sheet);
      expect(await sheet.textContent()).toContain(BUNDLED.meta.title);
      expect(await sheet.textContent()).toContain('Legend');
      expect(within(await boxOf(sheet.locator(`[data-label-for="${BUNDLED.meta.outcome}"]`)), sheetBox)).toBe(true);
      const drawn = await sheet.locator('[data-id]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      // The whole map: every factor and intervention, each inside the sheet.
      expect(drawn.length).toBe(BUNDLED.factors.length + BUNDLED.interventions.length);
      expect(drawn.filter((box) => !within(box, sheetBox))).toEqual([]);
      await page.context().close();
    });
  }
});

/** Downloads the view's SVG from the Export dialog: the picture it offers first, or the one named. */
async function exportSvg(page: Page, picture?: 'As on screen'): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this view' });
  if (picture) await dialog.getByLabel(picture).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
  const path = await download.path();
  await dialog.getByRole('button', { name: 'Close export' }).click();
  return readFileSync(path, 'utf8');
}

/**
 * An exported SVG as a person sees it, drawn in a page of its own: the map's frame, the longest
 * run of rows inside it with nothing drawn on them (no mark darker than the pale stage bands),
 * and each stage heading's text and whether it lies whole inside the frame.
 */
async function readExport(svg: string) {
  const page = await browser().newPage({ viewport: { width: 1400, height: 1000 } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const seen = await page.evaluate(async (text) => {
    const root = document.querySelector('svg')!;
    const frameRect = [...root.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === 'none' && r.getAttribute('stroke'))!;
    const frame = frameRect.getBoundingClientRect();
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = root.width.baseVal.value;
    canvas.height = root.height.baseVal.value;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const x0 = Math.ceil(frame.left) + 2;
    const width = Math.floor(frame.width) - 4;
    let longestEmpty = 0;
    let run = 0;
    for (let y = Math.ceil(frame.top) + 2; y < Math.floor(frame.bottom) - 2; y++) {
      const row = context.getImageData(x0, y, width, 1).data;
      let ink = false;
      for (let i = 0; i < row.length && !ink; i += 4) ink = 0.3 * row[i]! + 0.59 * row[i + 1]! + 0.11 * row[i + 2]! < 200;
      run = ink ? 0 : run + 1;
      longestEmpty = Math.max(longestEmpty, run);
    }
    const headings = [...root.querySelectorAll('.map-stage-label')].filter((h) => h.textContent).map((h) => {
      const box = h.getBoundingClientRect();
      const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
      return { text: [...h.querySelectorAll('tspan')].map((t) => t.textContent).join(' '), inside };
    });
    return { frameHeight: frame.height, frameWidth: frame.width, longestEmpty, headings };
  }, svg);
  await page.close();
  return seen;
}

describe('an advocate exports the view as an image', () => {
  const stages = BUNDLED.vocabularies.stages.map((s) => s.label);

  it('gets the whole map framed, every column named in full, however small their window (1280×800 and a phone)', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await openMap({ viewport });
      const seen = await readExport(await exportSvg(page));
      expect(seen.longestEmpty / seen.frameHeight, `an empty band ${seen.longestEmpty}px high at ${viewport.width}px`).toBeLessThan(0.1);
      expect(seen.headings.map((h) => h.text).sort()).toEqual([...stages].sort());
      expect(seen.headings.filter((h) => !h.inside)).toEqual([]);
      await page.context().close();
    }
  });

  it('gets a traced loop framed with a margin, the same from a phone as from a desktop, and no heading cut', async () => {
    const sizes: { width: number; height: number }[] = [];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const page = await openMap({ viewport, query: 'loop=homeless-release-and-recall' });
      const svg = await exportSvg(page);
      const seen = await readExport(svg);
      expect(seen.longestEmpty / seen.frameHeight, `an empty band ${seen.longestEmpty}px high at ${viewport.width}px`).toBeLessThan(0.1);
      expect(seen.headings.length).toBeGreaterThan(0);
      for (const heading of seen.headings) {
        expect(stages).toContain(heading.text);
        expect(heading.inside).toBe(true);
      }
      // Every factor of the loop is in the picture.
      for (const id of ['released-with-nowhere-to-sleep', 'struggling-to-meet-licence-rules', 'recall-to-prison', 'return-to-prison']) expect(svg).toContain(`data-id="${id}"`);
      sizes.push({ width: seen.frameWidth, height: seen.frameHeight });
      await page.context().close();
    }
    expect(sizes[0]).toEqual(sizes[1]);
  });

  it('still offers the map exactly as on screen', async () => {
    const page = await openMap({ viewport: { width: 390, height: 844 } });
    const onScreen = await boxOf(page.locator('svg.map-canvas'));
    const seen = await readExport(await exportSvg(page, 'As on screen'));
    expect(Math.round(seen.frameWidth)).toBe(Math.round(onScreen.width));
    expect(Math.round(seen.frameHeight)).toBe(Math.round(onScreen.height));
    await page.context().close();
  });
});
