import { describe, expect, it } from 'vitest';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { openImportSection } from './support/importSection';
import { STORY_FORMAT } from '../../src/model/storyFormat';

const browser = sharedBrowserForThisFile();
const RLO = '\u202E';

describe('hidden characters in text from a file are shown, not obeyed (issue 24, item 4)', () => {
  it('a story file whose name and title hold a right-to-left override: the override is shown by its code', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'small-map.json' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByRole('tab', { name: 'Stories' }).click();
    const story = { format: STORY_FORMAT, version: 1, title: `Recall${RLO}ti daer`, steps: [{ title: `Step${RLO}one`, caption: `Caption with a bell\u0007 and ${RLO}override`, view: 'view=table' }] };
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open story file…' }).click()]);
    await chooser.setFiles({ name: `<b>x</b>${RLO}nosj.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
    const status = page.locator('.stories-status');
    await status.filter({ hasText: /\S/ }).waitFor();
    expect(await status.textContent()).toBe('Opened “Recall[U+202E]ti daer” (1 steps) from <b>x</b>[U+202E]nosj.json.');
    await page.getByRole('button', { name: 'Play story' }).click();
    const player = page.getByRole('region', { name: 'Story: Recall[U+202E]ti daer' });
    await player.waitFor();
    expect(await player.getByRole('heading').textContent()).toBe('Step[U+202E]one');
    expect(await player.locator('.story-caption').textContent()).toBe('Caption with a bell[U+0007] and [U+202E]override');
    // Nothing on the page holds the override itself.
    expect(await page.evaluate(() => document.body.innerText.includes('\u202E'))).toBe(false);
    expect(problems.filter((p) => p.startsWith('page error'))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('a file chosen for import with an override in its name is named with the override shown', async () => {
    const { page } = await openApp(browser(), { fixture: 'small-map.json' });
    const editor = await openImportSection(page);
    await editor.getByLabel('Choose a file to import').setInputFiles({ name: `map${RLO}lmx.graphml`, mimeType: 'application/xml', buffer: Buffer.from('<graphml><graph><node id="a"></graph>') });
    const refusal = editor.getByRole('alert');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('map[U+202E]lmx.graphml could not be read: it is not well-formed XML');
    expect(text).toContain('expected a file this map can read, but it is not well-formed XML');
    expect(text).not.toContain(RLO);
    await page.context().close();
  }, 60_000);
});
