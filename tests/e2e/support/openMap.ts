import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { openApp } from './openApp';
import { parseDataset, type Dataset } from '../../../src/model';

/** A dataset file of this repository (e.g. data/reoffending-map.json), validated: tests derive their expectations from it. */
export function datasetFile(path: string): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${path} is not a valid dataset: run npm run validate on it`);
  return parsed.dataset;
}

/** Opens the app and waits for the map's first node; the page's problems are added to `problems` when it closes. */
export async function openMap(browser: Browser, problems: string[], options: Parameters<typeof openApp>[1] = {}): Promise<Page> {
  const opened = await openApp(browser, options);
  opened.page.on('close', () => problems.push(...opened.problems));
  await opened.page.locator('[data-id]').first().waitFor();
  return opened.page;
}
