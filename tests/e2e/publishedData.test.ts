import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { parseDataset } from '../../src/model';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const browser = sharedBrowserForThisFile();
const bundled = JSON.parse(readFileSync(new URL('../../data/reoffending-map.json', import.meta.url), 'utf8')) as {
  meta: { version: string };
  factors: unknown[];
  interventions: unknown[];
};

describe('the bundled dataset has an address others can cite', () => {
  it('is published at <base>/data/reoffending-map.json, with its schema beside it', async () => {
    const dataset = await fetch(`${inject('appUrl')}data/reoffending-map.json`);
    expect(dataset.status).toBe(200);
    const json: unknown = await dataset.json();
    expect(parseDataset(json).ok).toBe(true);
    expect(json).toMatchObject({ $schema: './schema.json', meta: { version: bundled.meta.version } });
    const schema = await fetch(`${inject('appUrl')}data/schema.json`);
    expect(schema.status).toBe(200);
    expect(await schema.json()).toMatchObject({ type: 'object' });
  });

  it('is what the app opens, and a researcher can open it by that address with ?data=', async () => {
    const address = `${inject('appUrl')}data/reoffending-map.json`;
    const { page, problems } = await openApp(browser(), { query: new URLSearchParams({ data: address }).toString() });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await expect.poll(() => page.locator('[data-id]').count()).toBe(bundled.factors.length + bundled.interventions.length);
    const requested: string[] = [];
    const plain = await openApp(browser());
    plain.page.on('request', (request) => requested.push(request.url()));
    await plain.page.reload();
    await plain.page.getByRole('group', { name: /Causal map/ }).waitFor();
    expect(requested).toContain(address);
    expect([...problems, ...plain.problems]).toEqual([]);
    await page.close();
    await plain.page.close();
  });
});
