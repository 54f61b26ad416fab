import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { viewQuery } from './support/mapQueries';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];

async function open(page: Page | null, query = ''): Promise<Page> {
  if (page) {
    await page.goto(page.url().split('?')[0] + (query ? `?${query}` : ''));
  } else {
    const opened = await openApp(browser(), { fixture: 'small-map.json', query });
    opened.page.on('close', () => problems.push(...opened.problems));
    await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    page = opened.page;
  }
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  return page;
}

async function storiesTab(page: Page) {
  await page.getByRole('tab', { name: 'Stories' }).click();
}

async function saveView(page: Page, name: string) {
  await page.getByLabel('Name this view').fill(name);
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByText(`Saved “${name}”.`).waitFor();
}

describe('an advocate walks someone through a story', () => {
  it('saves views, makes a story with captions, and plays it step by step by keyboard', async () => {
    const page = await open(null, 'loop=recall-loop');
    const fixtures = new URL(page.url()).searchParams.get('data')!;
    await storiesTab(page);
    await saveView(page, 'The recall cycle');
    await page.goto(`${page.url().split('?')[0]}?${new URLSearchParams({ data: fixtures, focus: 'fear-of-recall', depth: '1', dir: 'both' })}`);
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await storiesTab(page);
    // Saved views are kept in the browser: the first one survived the page load.
    await page.getByText('The recall cycle').waitFor();
    await saveView(page, 'Fear of recall');

    await page.getByRole('button', { name: 'Add The recall cycle to the story' }).click();
    await page.getByRole('button', { name: 'Add Fear of recall to the story' }).click();
    await page.getByLabel('Story title').fill('How recall keeps people coming back');
    await page.getByLabel('Step 1 caption').fill('Released with nowhere to sleep, people miss appointments and are recalled.');
    await page.getByLabel('Step 2 caption').fill('Fear of recall keeps problems hidden from probation.');

    await page.getByRole('button', { name: 'Play story' }).click();
    const player = page.getByRole('region', { name: 'Story: How recall keeps people coming back' });
    await player.waitFor();
    await expect.poll(() => player.getByText(/Step \d of 2/).textContent()).toBe('Step 1 of 2');
    await expect.poll(() => viewQuery(page)).toBe('loop=recall-loop');
    expect(await player.textContent()).toContain('people miss appointments and are recalled');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => player.getByText(/Step \d of 2/).textContent()).toBe('Step 2 of 2');
    await expect.poll(() => viewQuery(page)).toBe('focus=fear-of-recall&depth=1&dir=both');
    expect(await player.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => viewQuery(page)).toBe('loop=recall-loop');
    await page.keyboard.press('Escape');
    await expect.poll(() => player.count()).toBe(0);

    // The story travels in a link that opens straight onto its first step.
    await storiesTab(page);
    await page.getByRole('button', { name: 'Copy story link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('story')).toMatch(/^~/);
    const other = await browser().newPage();
    await other.goto(link);
    const replayed = other.getByRole('region', { name: 'Story: How recall keeps people coming back' });
    await replayed.waitFor();
    expect(await replayed.textContent()).toContain('Step 1 of 2');
    await other.close();
    await page.close();
  });

  it('says exactly why a damaged story link or story file cannot be played', async () => {
    const page = await open(null, 'story=~not-a-story');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/cannot be played: .*cut short or damaged/);
    await page.getByRole('button', { name: 'Close' }).click();
    await storiesTab(page);
    await page.getByLabel('Story file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "reoffending-map-story", "version": 1, "title": "x", "steps": [{"title": "a"}]}') });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'broken.json' }).textContent()).toMatch(/steps\[0\], field "caption"/);
    await page.close();
  });

  it('logged no console errors', () => {
    expect(problems).toEqual([]);
  });
});
