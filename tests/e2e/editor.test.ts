import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { drawnIds } from './support/mapQueries';

const browser = sharedBrowserForThisFile();
const KUMU_DIR = resolve(__dirname, '../../../shared/fixtures/kumu');

async function openMap(): Promise<Page> {
  const { page } = await openApp(browser(), { fixture: 'small-map.json' });
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  return page;
}

async function openEditor(page: Page, section: string) {
  const toggle = page.getByRole('button', { name: 'Edit', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const editor = page.getByRole('complementary', { name: 'Dataset editor' });
  await editor.waitFor();
  await editor.getByLabel('Section').selectOption(section);
  return editor;
}

async function addFactor(page: Page, label: string) {
  const editor = await openEditor(page, 'Factors');
  await editor.getByRole('button', { name: 'Add a factor' }).click();
  const form = editor.getByRole('form', { name: 'New factor' });
  await form.getByLabel('Label').fill(label);
  await form.getByLabel('Description').fill(`${label}, added in a browser test.`);
  await form.getByLabel('Quote').fill('A short quote.');
  await form.getByRole('button', { name: 'Add factor' }).click();
  await editor.getByText(`Saved factor “${label}”.`).waitFor();
}

describe('a researcher edits the map in the app', () => {
  it('adds a factor and a link through the forms, finds them after a reload, and undoes them', async () => {
    const page = await openMap();
    const before = await drawnIds(page);
    await addFactor(page, 'Debt on release');
    await page.locator('[data-id="debt-on-release"]').waitFor();

    const editor = await openEditor(page, 'Links');
    await editor.getByRole('button', { name: 'Add a link' }).click();
    const form = editor.getByRole('form', { name: 'New link' });
    await form.getByLabel('From (cause)').selectOption({ label: 'Debt on release' });
    const factorIds = await form.getByLabel('To (effect)').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const target = factorIds.find((id) => id !== 'debt-on-release' && before.includes(id))!;
    await form.getByLabel('To (effect)').selectOption(target);
    await form.getByLabel('Polarity').selectOption('+');
    await form.getByLabel('Description').fill('More debt on release means more of this.');
    await form.getByLabel('Quote').fill('A short quote.');
    await form.getByRole('button', { name: 'Add link' }).click();
    await editor.getByText(/Saved link/).waitFor();

    await page.getByText('Saved in this browser').waitFor();
    await page.reload();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByText(/Unsaved edits from .* were restored/).waitFor();
    await page.locator('[data-id="debt-on-release"]').waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();

    const restored = await openEditor(page, 'Changes');
    await restored.getByText('Added factor').waitFor();
    await restored.getByText('Added link').waitFor();

    // Restored work starts a new history: undo works on edits made after it.
    await openEditor(page, 'Factors');
    await addFactor(page, 'Second factor');
    await page.locator('[data-id="second-factor"]').waitFor();
    const drawn = (id: string) => drawnIds(page).then((ids) => ids.includes(id));
    await page.keyboard.press('Control+z');
    await expect.poll(() => drawn('second-factor')).toBe(false);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => drawn('second-factor')).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => drawn('second-factor')).toBe(false);
    expect(await drawn('debt-on-release')).toBe(true);
    await page.context().close();
  }, 90_000);

  it('refuses an invalid edit with the message beside the field, and changes nothing', async () => {
    const page = await openMap();
    const before = await drawnIds(page);
    const editor = await openEditor(page, 'Factors');
    await editor.getByRole('button', { name: 'Add a factor' }).click();
    const form = editor.getByRole('form', { name: 'New factor' });
    await form.getByLabel('Label').fill('No description yet');
    await form.getByRole('button', { name: 'Add factor' }).click();
    await expect.poll(() => form.getByLabel('Description').getAttribute('aria-invalid')).toBe('true');
    await form.getByText(/expected some text/).first().waitFor();
    expect(await drawnIds(page)).toEqual(before);
    await page.context().close();
  });

  it('adds a source; a web address that is not http(s) is refused beside its field', async () => {
    const page = await openMap();
    const editor = await openEditor(page, 'Sources');
    await editor.getByRole('button', { name: 'Add a source' }).click();
    const form = editor.getByRole('form', { name: 'New source' });
    await form.getByLabel('Title').fill('A new evaluation');
    await form.getByLabel('Caveat: what a reader should weigh').fill('Written by the provider.');
    await form.getByLabel('Web address').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => form.getByLabel('Web address').getAttribute('aria-invalid')).toBe('true');
    await form.getByText(/expected a web address starting with http/).waitFor();
    await form.getByLabel('Web address').fill('https://example.org/evaluation');
    await form.getByRole('button', { name: 'Add source' }).click();
    await editor.getByText('Saved source “A new evaluation”.').waitFor();
    expect(await editor.getByLabel('Id', { exact: true }).inputValue()).toBe('a-new-evaluation');
    await page.context().close();
  });

  it('validates as you type: a problem shows beside the field before saving, and goes when it is fixed', async () => {
    const page = await openMap();
    const editor = await openEditor(page, 'Sources');
    await editor.getByRole('button', { name: 'Add a source' }).click();
    const form = editor.getByRole('form', { name: 'New source' });
    const address = form.getByLabel('Web address');
    await address.fill('javascript:alert(1)');
    await expect.poll(() => address.getAttribute('aria-invalid')).toBe('true');
    await form.getByText(/expected a web address starting with http/).waitFor();
    // Fields not touched yet are not flagged while typing.
    expect(await form.getByLabel('Title').getAttribute('aria-invalid')).toBeNull();
    await address.fill('https://example.org/report');
    await expect.poll(() => address.getAttribute('aria-invalid')).toBeNull();
    await page.context().close();
  });

  it('dropping a broken file shows the located error and leaves the map and the edits as they were', async () => {
    const page = await openMap();
    await addFactor(page, 'Kept through a bad drop');
    const before = await drawnIds(page);
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{ "elements": [ { "_id": "a", '], 'broken.json', { type: 'application/json' }));
      return data;
    });
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.json' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/line \d+, column \d+/);
    expect(await drawnIds(page)).toEqual(before);
    expect(before).toContain('kept-through-a-bad-drop');
    await page.context().close();
  });
});

describe('two tabs editing the same dataset', () => {
  it('the second tab to save is told, and does not overwrite the first tab’s edits', async () => {
    const first = await openMap();
    const second = await first.context().newPage();
    await second.goto(first.url());
    await second.getByRole('group', { name: /Causal map/ }).waitFor();
    await addFactor(first, 'Added in the first tab');
    await first.getByText('Saved in this browser').waitFor();
    await addFactor(second, 'Added in the second tab');
    const told = second.getByRole('alert').filter({ hasText: 'Another tab saved edits to this dataset' });
    await told.waitFor();
    // The first tab's work is what this browser still holds: a fresh tab restores it.
    const third = await first.context().newPage();
    await third.goto(first.url());
    await third.getByText(/Unsaved edits from .* were restored/).waitFor();
    await third.locator('[data-id="added-in-the-first-tab"]').waitFor();
    expect(await third.locator('[data-id="added-in-the-second-tab"]').count()).toBe(0);
    // The second tab chooses to keep its own edits, knowingly.
    await told.getByRole('button', { name: 'Keep this tab’s edits' }).click();
    await second.getByText('Saved in this browser').waitFor();
    await first.context().close();
  }, 60_000);
});

describe('a researcher names a loop and keeps a layout', () => {
  it('names a loop step by step; the form says which link is missing, then what kind of loop the steps close', async () => {
    const page = await openMap();
    const editor = await openEditor(page, 'Loops');
    await editor.getByRole('button', { name: 'Add a named loop' }).click();
    const form = editor.getByRole('form', { name: 'New named loop' });
    await form.getByLabel('Name', { exact: true }).fill('Fear keeps problems hidden');
    await form.getByLabel('Description').fill('Fear of recall hides problems until they lead back to offending.');
    await form.getByLabel('Step 1').selectOption({ label: 'Fear of recall' });
    await form.getByLabel('Step 2').selectOption({ label: 'Problems kept from probation' });
    const reading = form.getByRole('status');
    await expect.poll(() => reading.textContent()).toMatch(/No link yet for Problems kept from probation → Fear of recall/);
    await form.getByRole('button', { name: 'Add named loop' }).click();
    await form.getByText(/a link from "hidden-problems" to "fear-of-recall"/).waitFor();

    await form.getByRole('button', { name: 'Add step' }).click();
    await form.getByLabel('Step 3').selectOption({ label: 'Needs go unmet' });
    await form.getByRole('button', { name: 'Add step' }).click();
    await form.getByLabel('Step 4').selectOption({ label: 'Reoffending' });
    await expect.poll(() => reading.textContent()).toMatch(/close a reinforcing loop/);
    await form.getByRole('button', { name: 'Add named loop' }).click();
    await editor.getByText('Saved named loop “Fear keeps problems hidden”.').waitFor();
    await page.context().close();
  });

  it('Save layout keeps a node where it was dragged', async () => {
    const page = await openMap();
    const node = page.locator('[data-id="trusted-worker"]');
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('pin') ?? '').toContain('trusted-worker:');
    const [, x, y] = new URL(page.url()).searchParams.get('pin')!.split(',').find((p) => p.startsWith('trusted-worker:'))!.split(':');
    const editor = await openEditor(page, 'Changes');
    await editor.getByRole('button', { name: 'Save layout' }).click();
    await editor.getByText(/pinned position/).waitFor();
    await editor.getByLabel('Version').fill('1.0.1');
    await editor.getByLabel('Changelog entry').fill('Layout saved in a browser test.');
    const [download] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Download dataset' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'layout-')), download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { positions: Record<string, { x: number; y: number }>; factors: { id: string }[] };
    expect(saved.positions['trusted-worker']).toEqual({ x: Number(x), y: Number(y) });
    expect(Object.keys(saved.positions).length).toBeGreaterThanOrEqual(saved.factors.length);
    await page.context().close();
  }, 60_000);
});

describe('a funder who never edits', () => {
  it('downloads none of the editor, importers or exporters; pressing Edit fetches them then', async () => {
    const { page } = await openApp(browser());
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.reload();
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('table').first().waitFor();
    const reading = [...scripts];
    // The editor's own modules and the readers and writers of other formats, by their file names.
    const editorOnly = /\/(EditorPanel|importFile|xlsx|gexf|graphml|kumuJson|spreadsheet|mergeDatasets|exportDataset)-[^/]*\.js$/;
    expect(reading.filter((path) => editorOnly.test(path))).toEqual([]);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('complementary', { name: 'Dataset editor' }).waitFor();
    const fetchedForEditing = scripts.slice(reading.length);
    expect(fetchedForEditing.some((path) => editorOnly.test(path))).toBe(true);
    expect(fetchedForEditing.filter((path) => reading.includes(path))).toEqual([]);
    await page.context().close();
  });
});

describe('a link opens a map made by another tool', () => {
  it('?data= naming a GraphML file draws its nodes, read by the same importer as the file picker', async () => {
    const { page, problems } = await openApp(browser(), { fixture: 'import/yed-sample.graphml' });
    await page.getByRole('group', { name: /Causal map/ }).waitFor();
    const nodes = (readFileSync(resolve(__dirname, '../fixtures/import/yed-sample.graphml'), 'utf8').match(/<node /g) ?? []).length;
    expect((await drawnIds(page)).length).toBe(nodes);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('a researcher takes the edits away as a file', () => {
  it('fixes a polarity and an evidence rating, closes the tab, comes back to them, and downloads a dataset that passes npm run validate', async () => {
    const first = await openMap();
    let editor = await openEditor(first, 'Links');
    await editor.getByLabel('Edit a link').selectOption({ index: 1 });
    const polarity = editor.getByLabel('Polarity');
    const flipped = (await polarity.inputValue()) === '+' ? '-' : '+';
    await polarity.selectOption(flipped);
    await editor.getByRole('button', { name: 'Save link' }).click();
    await editor.getByText(/Saved link/).waitFor();

    editor = await openEditor(first, 'Interventions');
    await editor.getByLabel('Edit an intervention').selectOption({ index: 1 });
    const strength = editor.getByLabel('Evidence strength');
    const rating = (await strength.inputValue()) === 'testimony' ? 'weak' : 'testimony';
    await strength.selectOption(rating);
    await editor.getByRole('button', { name: 'Save intervention' }).click();
    await editor.getByText(/Saved intervention/).waitFor();
    await first.getByText('Saved in this browser').waitFor();

    // The tab is closed without warning; the same browser opens the address again.
    const address = first.url();
    const context = first.context();
    await first.close({ runBeforeUnload: false });
    const page = await context.newPage();
    await page.goto(address);
    await page.getByText(/Unsaved edits from .* were restored/).waitFor();
    await page.getByRole('button', { name: 'Keep editing' }).click();

    editor = await openEditor(page, 'Changes');
    await editor.getByText('Changed link').waitFor();
    await editor.getByText('polarity', { exact: true }).waitFor();
    await editor.getByText('Changed intervention').waitFor();
    await editor.getByText('evidence', { exact: true }).waitFor();
    await editor.getByLabel('Version').fill('2.0.0');
    await editor.getByLabel('Changelog entry').fill('Fixed a polarity in a browser test.');
    const [download] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Download dataset' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'edited-')), download.suggestedFilename());
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { meta: { version: string; changelog: { version: string; changes: string }[] } };
    expect(saved.meta.version).toBe('2.0.0');
    expect(saved.meta.changelog.at(-1)).toMatchObject({ version: '2.0.0', changes: 'Fixed a polarity in a browser test.' });
    // The same command a researcher runs before committing; it exits non-zero (and throws here) on any problem.
    execFileSync('npx', ['tsx', resolve(__dirname, '../../scripts/validate.ts'), file], { cwd: resolve(__dirname, '../..'), stdio: 'pipe' });
    expect(JSON.stringify(saved)).toContain(`"strength":"${rating}"`);
    await context.close();
  }, 90_000);

  it('deleting a factor says which links go with it and asks first', async () => {
    const page = await openMap();
    const editor = await openEditor(page, 'Factors');
    const options = await editor.getByLabel('Edit a factor').locator('option').evaluateAll((els) => els.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const before = await drawnIds(page);
    for (const id of options) {
      await editor.getByLabel('Edit a factor').selectOption(id);
      await editor.getByRole('button', { name: 'Delete factor…' }).click();
      const dialog = page.getByRole('alertdialog');
      if (await dialog.getByRole('button', { name: 'Delete', exact: true }).isDisabled()) {
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        continue;
      }
      expect(await dialog.textContent()).toMatch(/These go with it:.*links? to or from it/);
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect.poll(async () => (await drawnIds(page)).includes(id)).toBe(false);
      expect((await drawnIds(page)).length).toBeLessThan(before.length);
      break;
    }
    await page.context().close();
  });
});

describe('a researcher imports a real Kumu map', () => {
  if (!existsSync(KUMU_DIR)) {
    it('needs the shared Kumu fixtures', () => {
      throw new Error(`The Kumu fixtures are missing: expected them at ${KUMU_DIR} (../shared/fixtures/kumu from the repository root).`);
    });
    return;
  }
  for (const name of readdirSync(KUMU_DIR).filter((f) => f.endsWith('.json'))) {
    it(`imports ${name} with the file picker and draws its nodes`, async () => {
      const page = await openMap();
      const editor = await openEditor(page, 'Import and export');
      await editor.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(resolve(KUMU_DIR, name)) });
      const preview = editor.getByRole('region', { name: 'Import preview' });
      await preview.getByText(/node.* became \d+ factor/).waitFor();
      const mapped = (await preview.getByText(/node.* became \d+ factor/).textContent()) ?? '';
      const [, factors, interventions] = /became (\d+) factors? and (\d+) interventions?/.exec(mapped) ?? [];
      await preview.getByRole('button', { name: 'Replace the dataset with this import' }).click();
      await editor.getByText(`Imported ${name}. Undo takes it back.`).waitFor();
      await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThanOrEqual(Number(factors));
      expect(Number(factors) + Number(interventions)).toBeGreaterThan(0);
      await page.context().close();
    });
  }
});
