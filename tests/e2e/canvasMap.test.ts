import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { syntheticMap } from '../../bench/syntheticMap';
import { CANVAS_FROM_ITEMS } from '../../src/map/render/rendererChoice';

/**
 * Issue 12: a map too large for an element per node is drawn on one canvas, and a person uses it
 * exactly as the SVG map: pointing, clicking, the keyboard, filters, tracing, what-if and export.
 * 1,000 factors, 2,000 links and 20 interventions: well above the canvas threshold.
 */
const browser = sharedBrowserForThisFile();
const map = syntheticMap(1_000);
let page: Page;
const errors: string[] = [];

/** Pixels of the drawn map: all that differ from the map's background, or those near one colour. */
const pixels = (colour?: string) =>
  page.locator('canvas').evaluate((canvas: HTMLCanvasElement, hex) => {
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const want = hex ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : [0xfc, 0xfc, 0xfb];
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near = Math.abs(data[i]! - want[0]!) + Math.abs(data[i + 1]! - want[1]!) + Math.abs(data[i + 2]! - want[2]!) < 24;
      if (hex ? near : !near) count++;
    }
    return count;
  }, colour);
/** A fingerprint of the picture, to tell that it changed. */
const picture = () => page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
/** "Factor: Factor 12. Domain. 4 links." → "Factor 12" */
const labelIn = (name: string) => /^Factor: (.+?)\. /.exec(name)?.[1] ?? '';
const detailsHeading = () => page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent();
/** The middle of the keyboard's node on screen: the focused stand-in lies over it. */
const focusedCentre = () =>
  page.evaluate(() => {
    const box = document.activeElement!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });

beforeAll(async () => {
  expect(map.factors + map.links).toBeGreaterThan(CANVAS_FROM_ITEMS);
  page = await browser().newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, reducedMotion: 'reduce' });
  page.on('pageerror', (error) => errors.push(error.message));
  const address = `${inject('fixturesUrl')}generated/canvas-map.json`;
  await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: map.text }));
  await page.goto(`${inject('appUrl')}?data=${encodeURIComponent(address)}`);
  await page.getByRole('group', { name: /Causal map/ }).waitFor({ timeout: 90_000 });
  await page.locator('canvas').waitFor({ state: 'visible', timeout: 90_000 });
  // The layout settles in view; stopped, nothing moves under the pointer while we point.
  const stop = page.getByRole('button', { name: 'Stop layout' });
  if (await stop.isVisible()) await stop.click({ timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await page.close();
});

describe('a map of 1,000 factors drawn on canvas', () => {
  it('is drawn on the canvas, not as an element per node, and nothing else takes the map’s markup', async () => {
    await expect.poll(() => pixels(), { timeout: 30_000 }).toBeGreaterThan(20_000);
    expect(await page.locator('[data-id]').count()).toBe(0);
    expect(await page.locator('[data-label-for]').count()).toBe(0);
    expect(await pixels()).toBeGreaterThan(20_000);
  });

  it('moves between nodes with the arrow keys and opens one with Enter', async () => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(focusedName).toMatch(/^Factor: Factor 0\. .*The outcome this map explains/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedName).not.toMatch(/^Factor: Factor 0\./);
    const name = await focusedName();
    expect(name).toMatch(/^Factor: Factor \d+\./);
    await page.keyboard.press('Enter');
    await expect.poll(detailsHeading).toBe(labelIn(name));
    await page.keyboard.press('Escape');
  });

  it('opens a node’s details when a person clicks where it is drawn, and shows it is clickable when pointed at', async () => {
    await page.getByRole('button', { name: /^Factor: / }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const name = await focusedName();
    const at = await focusedCentre();
    await page.keyboard.press('Escape');
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const before = await picture();
    await page.mouse.move(at.x, at.y);
    // Pointing at a node brings it and its neighbours forward: the picture changes, the pointer says "click".
    await expect.poll(picture).not.toBe(before);
    expect(await page.locator('svg.map-canvas').evaluate((svg) => getComputedStyle(svg).cursor)).toBe('pointer');
    await page.mouse.click(at.x, at.y);
    await expect.poll(detailsHeading).toBe(labelIn(name));
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 400);
  });

  it('lets a person drag a node to a new place, where it stays', async () => {
    const outcome = page.getByRole('button', { name: /^Factor: Factor 0\./ });
    await outcome.focus();
    const from = await focusedCentre();
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 8, from.y + i * 4);
    await page.mouse.up();
    await outcome.focus();
    const to = await focusedCentre();
    expect(Math.abs(to.x - (from.x + 80))).toBeLessThan(4);
    expect(Math.abs(to.y - (from.y + 40))).toBeLessThan(4);
    await page.locator('body').evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('draws what a filter leaves, and only that', async () => {
    const before = await picture();
    const evidence = page.getByRole('combobox', { name: 'Evidence', exact: true });
    const options = await evidence.locator('option').allTextContents();
    await evidence.selectOption({ index: options.length - 1 });
    await expect.poll(picture).not.toBe(before);
    await evidence.selectOption({ index: 0 });
  });

  it('traces a loop on the canvas', async () => {
    expect(await pixels('#b3005e')).toBe(0);
    await page.getByRole('tab', { name: 'Loops' }).click();
    await page.getByRole('tabpanel').getByRole('button', { pressed: false }).first().click({ timeout: 60_000 });
    await expect.poll(() => pixels('#b3005e'), { timeout: 30_000 }).toBeGreaterThan(50);
    await page.getByRole('button', { name: 'Stop tracing this loop' }).click();
    await expect.poll(() => pixels('#b3005e')).toBe(0);
  });

  it('marks what a what-if moves', async () => {
    const marks = async () => (await pixels('#0072b2')) + (await pixels('#d55e00'));
    const before = await marks();
    await page.getByRole('tab', { name: 'What if' }).click();
    await page.getByRole('tabpanel').getByRole('checkbox').first().check();
    await expect.poll(marks, { timeout: 30_000 }).toBeGreaterThan(before);
    await page.getByRole('tabpanel').getByRole('checkbox').first().uncheck();
  });

  it('exports the view as SVG, with the nodes on screen, and as PNG', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this view' });
    await dialog.waitFor();
    const save = async (button: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
      return readFile(await file.path());
    };
    const svg = (await save('Download SVG')).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        ids: doc.querySelectorAll('[data-id]').length,
        labels: doc.querySelectorAll('text[data-label-for]').length,
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain('Synthetic map of 1,000 factors');
    expect(parsed.ids).toBeGreaterThan(10);
    // Labels as the map shows them: those that fit without piling up.
    expect(parsed.labels).toBeGreaterThan(0);
    expect(parsed.labels).toBeLessThanOrEqual(parsed.ids);
    const png = await save('Download PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
    // The SVG drawn for the export is gone again: the page keeps the canvas map's markup.
    expect(await page.locator('[data-id]').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
