import { execFileSync } from 'node:child_process';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds } from './support/mapQueries';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];
const root = new URL('../../', import.meta.url);

async function open(query = ''): Promise<Page> {
  const opened = await openApp(browser(), { fixture: 'small-map.json', query });
  opened.page.on('close', () => problems.push(...opened.problems));
  await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await opened.page.getByRole('group', { name: /Causal map/ }).waitFor();
  return opened.page;
}

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this view' });
  await dialog.waitFor();
  return dialog;
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('an advocate exports the view they built', () => {
  it('downloads an SVG that parses, says its title and filters, holds the legend and every shown node', async () => {
    const page = await open('evidence=weak');
    const dialog = await openExport(page);
    await dialog.getByLabel('Title on the image').fill('Where housing money acts');
    const { name, bytes } = await download(page, 'Download SVG');
    expect(name).toBe('where-housing-money-acts.svg');
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        text: doc.documentElement.textContent ?? '',
        ids: [...doc.querySelectorAll('[data-id]')].map((el) => el.getAttribute('data-id')),
        scripts: doc.querySelectorAll('script, foreignObject').length,
        stylesheets: doc.querySelectorAll('style, link').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain('Where housing money acts');
    expect(parsed.text).toContain('Filtered view: evidence weak or stronger');
    expect(parsed.text).toContain('Legend');
    expect(parsed.text).toMatch(/Link: more leads to less/);
    expect(parsed.text).toContain('Fixture map for tests, dataset version');
    expect(parsed.ids.sort()).toEqual(await drawnIds(page));
    expect(parsed.scripts).toBe(0);
    expect(parsed.stylesheets).toBe(0);
    await page.close();
  });

  it('downloads a PNG at the chosen scale, the same picture as the SVG', async () => {
    const page = await open();
    await openExport(page);
    const svg = (await download(page, 'Download SVG')).bytes.toString('utf8');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThan(600);
    for (const scale of [1, 4]) {
      await page.getByRole('radio', { name: `${scale}×` }).check();
      const png = await download(page, 'Download PNG');
      expect(png.name).toMatch(/\.png$/);
      expect(pngSize(png.bytes)).toEqual({ width: width * scale, height: height * scale });
    }
    await page.close();
  });

  it('downloads the data behind a filtered view: CSV rows for what is shown, and a dataset that validates', async () => {
    const page = await open('evidence=weak&only=reached');
    const shown = await drawnIds(page);
    await openExport(page);
    const factors = Papa.parse<string[]>((await download(page, 'Factors CSV')).bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const interventions = Papa.parse<string[]>((await download(page, 'Interventions CSV')).bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const csvIds = [...factors.slice(1), ...interventions.slice(1)].map((row) => row[0]).sort();
    expect(csvIds).toEqual(shown);

    const json = await download(page, 'Dataset JSON');
    const folder = await mkdtemp(join(tmpdir(), 'export-'));
    await writeFile(join(folder, json.name), json.bytes);
    // The same command a researcher runs: exit 0 means a valid dataset.
    execFileSync(process.execPath, [join(root.pathname, 'node_modules/tsx/dist/cli.mjs'), join(root.pathname, 'scripts/validate.ts'), join(folder, json.name)], { stdio: 'pipe' });
    const exported = JSON.parse(json.bytes.toString('utf8')) as { factors: Array<{ id: string }>; interventions: Array<{ id: string }> };
    expect([...exported.factors, ...exported.interventions].map((r) => r.id).sort()).toEqual(expect.arrayContaining(shown));
    await page.close();
  });

  it('prints to one A4 landscape page with no buttons or inputs on it', async () => {
    const page = await open('loop=recall-loop');
    await openExport(page);
    await page.getByLabel('Title on the image').fill('The recall cycle');
    await page.getByRole('button', { name: 'Print or save as PDF' }).waitFor();
    // What the button opens: the browser's print, here saved as PDF by Chromium itself.
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.print-sheet svg').textContent()).toContain('The recall cycle');
    expect(await page.locator('.print-sheet svg').textContent()).toContain('the feedback loop “Recall cycle”');
    const visibleControls = await page.locator('button, input, select').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
    expect(visibleControls).toBe(0);
    await page.close();
  });

  it('copies a link that reopens the view, and an embed code for it', async () => {
    const page = await open('evidence=weak&select=recall');
    await openExport(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src="[^"]+embed=1" title="[^"]+"/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Export');
    await page.close();
  });

  it('logged no console errors', () => {
    expect(problems).toEqual([]);
  });
});
