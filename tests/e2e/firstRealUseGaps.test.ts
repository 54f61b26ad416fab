import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { addReleaseFactor } from './support/addFactor';
import { boxOf, mapInSight, nodesOutOfSight, overlap, within, type Rect } from './support/inSight';
import { openEditorSection } from './support/a11yScenarios';

/**
 * Issue 23, what an audit of its fixes still found: Fit hiding most of the map on a narrow
 * screen, a new factor landing out of sight, a phone's story leaving no map, Compare's names
 * scrolling away, a stageless map's legend, an export's legend running together, and the
 * intervention strip's tags under their labels. Each test asserts what a person sees.
 */
const browser = sharedBrowserForThisFile();
const BUNDLED = JSON.parse(readFileSync(resolve(__dirname, '../../data/reoffending-map.json'), 'utf8')) as {
  factors: { id: string }[];
  interventions: { id: string }[];
};
const NODE_COUNT = BUNDLED.factors.length + BUNDLED.interventions.length;

async function openMap(options: { query?: string; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const { page } = await openApp(browser(), options);
  await page.getByRole('group', { name: /Causal map/ }).waitFor();
  return page;
}

describe('Fit, asked for, frames every shown node however narrow the map', () => {
  for (const setting of [
    { viewport: { width: 1280, height: 800 }, editor: true },
    { viewport: { width: 900, height: 800 }, editor: false },
    { viewport: { width: 390, height: 844 }, editor: false },
  ]) {
    const name = `${setting.viewport.width}×${setting.viewport.height}${setting.editor ? ', editor open' : ''}`;
    it(`brings all ${NODE_COUNT} nodes of the bundled map into sight (${name})`, async () => {
      const page = await openMap({ viewport: setting.viewport });
      if (setting.editor) await page.getByRole('button', { name: 'Edit', exact: true }).click();
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(async () => (await nodesOutOfSight(page)).length).toBeGreaterThan(20);
      await page.getByRole('button', { name: 'Fit map to screen' }).click();
      expect(await page.locator('[data-id]').count()).toBe(NODE_COUNT);
      await expect.poll(() => nodesOutOfSight(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('keeps what the editor opening beside the whole map left in sight (1280×800)', async () => {
    const page = await openMap();
    await expect.poll(() => nodesOutOfSight(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('complementary', { name: 'Dataset editor' }).waitFor();
    await expect.poll(() => nodesOutOfSight(page)).toEqual([]);
    await page.context().close();
  });

  it('frames only what a filter leaves, when one narrows the view (390×844)', async () => {
    const page = await openMap({ viewport: { width: 390, height: 844 }, query: 'stage=release' });
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    await expect.poll(() => nodesOutOfSight(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a factor added in the editor', () => {
  const inSight = async (page: Page, id: string) => {
    const sight = await mapInSight(page);
    return within(await boxOf(page.locator(`[data-id="${id}"]`)), sight) && within(await boxOf(page.locator(`[data-label-for="${id}"]`)), sight);
  };

  it('is in sight, with its label, beside the open editor (1280×800)', async () => {
    const page = await openMap();
    await addReleaseFactor(page, 'Rent arrears on release');
    await expect.poll(() => inSight(page, 'rent-arrears-on-release')).toBe(true);
    await page.context().close();
  }, 60_000);

  it('is brought into sight when the view was zoomed in on another part of the map (1280×800)', async () => {
    const page = await openMap();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    // Zoomed into the middle of the map, far from the foot of the Release column where the new factor goes.
    await expect.poll(() => new URL(page.url()).searchParams.has('z')).toBe(true);
    await addReleaseFactor(page, 'Rent arrears on release');
    await expect.poll(() => inSight(page, 'rent-arrears-on-release')).toBe(true);
    await page.context().close();
  }, 60_000);
});

describe('a story’s step keeps its subject in sight, clear of the story card', () => {
  const STORY = 'story=data/stories/released-with-nowhere-to-sleep.json';
  /** Opens the example story and moves on to a step. */
  async function storyAt(viewport: { width: number; height: number }, step: number) {
    const page = await openMap({ viewport, query: STORY });
    const card = page.getByRole('region', { name: /^Story: / });
    await card.waitFor();
    for (let i = 1; i < step; i++) await card.getByRole('button', { name: 'Next →' }).click();
    await card.getByText(new RegExp(`^Step ${step} of \\d+$`)).waitFor();
    return { page, card };
  }
  /** Whether a node is inside the map's visible box and clear of the card. */
  const clearOfCard = async (page: Page, id: string, card: Rect) => {
    const node = await boxOf(page.locator(`[data-id="${id}"]`));
    return within(node, await mapInSight(page)) && !overlap(node, card);
  };

  it('on a phone, leaves the map at least 240 px, the card its heading and buttons, and the step’s factor named in sight (390×844)', async () => {
    const { page, card } = await storyAt({ width: 390, height: 844 }, 2);
    expect((await boxOf(page.locator('svg.map-canvas'))).height).toBeGreaterThanOrEqual(240);
    const cardBox = await boxOf(card);
    for (const part of [card.getByRole('heading', { level: 2 }), card.getByRole('button', { name: 'Next →' }), card.getByRole('button', { name: '← Previous' })]) {
      expect(within(await boxOf(part), cardBox)).toBe(true);
    }
    // The step's words are one tap away, and open in place.
    await card.getByText('Read this step').click();
    await expect.poll(() => card.getByText(/People leaving prison on licence/).isVisible()).toBe(true);
    const id = 'struggling-to-meet-licence-rules';
    await expect.poll(() => clearOfCard(page, id, cardBox)).toBe(true);
    // Its label is in sight, and no stage heading pinned over the map covers it.
    const labelClear = async () => {
      const label = page.locator(`[data-label-for="${id}"]`);
      if (!within(await boxOf(label), await mapInSight(page))) return false;
      // No heading pinned over the map lies over the middle of any of its lines.
      return label.evaluate((text) => {
        const headings = [...document.querySelectorAll('.map-headings text')].map((h) => h.getBoundingClientRect()).filter((h) => h.width > 0);
        return [...text.querySelectorAll('tspan')].every((line) => {
          const box = line.getBoundingClientRect();
          const x = box.x + box.width / 2;
          const y = box.y + box.height / 2;
          return headings.every((h) => x < h.left || x > h.right || y < h.top || y > h.bottom);
        });
      });
    };
    await expect.poll(labelClear).toBe(true);
    await page.context().close();
  }, 60_000);

  it('on a desktop, shows the intervention step 2 is about above the card (1280×800)', async () => {
    const { page, card } = await storyAt({ width: 1280, height: 800 }, 2);
    const cardBox = await boxOf(card);
    await expect.poll(() => clearOfCard(page, 'flexible-appointments', cardBox)).toBe(true);
    await expect.poll(() => clearOfCard(page, 'struggling-to-meet-licence-rules', cardBox)).toBe(true);
    await page.context().close();
  }, 60_000);

  it('on a desktop, shows every intervention step 6 funds above the card (1280×800)', async () => {
    const { page, card } = await storyAt({ width: 1280, height: 800 }, 6);
    const cardBox = await boxOf(card);
    const ids = new Set(BUNDLED.interventions.map((i) => i.id));
    const shown = (await page.locator('[data-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''))).filter((id) => ids.has(id));
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const id of shown) await expect.poll(() => clearOfCard(page, id, cardBox), { message: id }).toBe(true);
    await page.context().close();
  }, 60_000);
});

describe('the legend of a map without stages', () => {
  const KUMU = resolve(__dirname, '../../../shared/fixtures/kumu/us-financial-inclusion-project.json');

  it('does not call one "Not assigned" column a person’s journey (a Kumu import)', async () => {
    expect(existsSync(KUMU), `the Kumu fixture is missing: expected it at ${KUMU}`).toBe(true);
    const page = await openMap();
    const legend = page.getByRole('tabpanel', { name: 'Legend' });
    // The bundled map has a journey, and says so.
    await expect.poll(() => legend.getByText(/columns follow a person’s journey: Community and courts → In prison/).count()).toBe(1);
    const editor = await openEditorSection(page, 'Import and export');
    const name = 'us-financial-inclusion-project.json';
    await editor.getByLabel('Choose a file to import').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(KUMU) });
    await editor.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Replace the dataset with this import' }).click();
    await editor.getByText(`Imported ${name}. Undo takes it back.`).waitFor();
    await page.getByRole('group', { name: /Causal map: US Financial Inclusion/ }).waitFor();
    await expect.poll(() => legend.getByText(/one column/).count()).toBe(1);
    expect(await legend.textContent()).not.toMatch(/journey: Not assigned/);
    expect(await legend.getByText(/columns follow a person’s journey/).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});

/** The legend's entries in an exported or printed picture (the texts after its "Legend" heading in its type size) and the picture's box. */
function legendEntries(root: SVGSVGElement) {
  const texts = [...root.querySelectorAll(':scope > text')];
  const heading = texts.findIndex((t) => t.textContent === 'Legend');
  const after = texts.slice(heading + 1);
  const size = after[0]?.getAttribute('font-size');
  const entries = after.filter((t) => t.getAttribute('font-size') === size).map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect().toJSON() as DOMRect }));
  // Their swatches: the marks and line samples drawn below the heading.
  const below = texts[heading]?.getBoundingClientRect().bottom ?? Infinity;
  const swatches = [...root.querySelectorAll(':scope > g')].map((g) => g.getBoundingClientRect().toJSON() as DOMRect).filter((box) => box.top >= below && box.width > 0);
  return { entries, swatches, frame: root.getBoundingClientRect().toJSON() as DOMRect };
}

/** Every legend entry whole inside the picture, none over another or over another's swatch. */
function expectLegendApart({ entries, swatches, frame }: { entries: { text: string; box: Rect }[]; swatches: Rect[]; frame: Rect }) {
  expect(entries.length).toBeGreaterThan(10);
  expect(swatches.length).toBe(entries.length);
  for (const entry of entries) expect(swatches.filter((swatch) => overlap(entry.box, swatch)), entry.text).toEqual([]);
  expect(entries.some((e) => /no clear effect/.test(e.text))).toBe(true);
  for (const [i, a] of entries.entries()) {
    expect(within(a.box, frame), a.text).toBe(true);
    for (const b of entries.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
  }
}

describe('an exported or printed picture’s legend', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1600, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`has no entry running into another, each whole inside the picture (whole map, ${viewport.width}×${viewport.height})`, async () => {
      const page = await openMap({ viewport });
      await page.getByRole('button', { name: 'Export' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export this view' });
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
      const svg = readFileSync(await download.path(), 'utf8');
      const viewer = await browser().newPage({ viewport: { width: 1700, height: 1200 } });
      await viewer.setContent(`<body style="margin:0">${svg}</body>`);
      expectLegendApart(await viewer.locator('svg').first().evaluate(legendEntries));
      await viewer.close();
      await page.context().close();
    }, 60_000);
  }

  it('has no entry running into another on the sheet the browser’s Print gives (1280×800)', async () => {
    const page = await openMap();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const sheet = page.locator('.print-sheet svg').first();
    await sheet.waitFor();
    expectLegendApart(await sheet.evaluate(legendEntries));
    await page.context().close();
  }, 60_000);
});

describe('the intervention strip', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`keeps each "no effect" or "harmful" tag clear of its intervention’s name (${viewport.width}×${viewport.height})`, async () => {
      const page = await openMap({ viewport });
      const tagged = await page.locator('[data-id]:has(.map-caution-tag)').evaluateAll((nodes) =>
        nodes.map((node) => {
          const id = node.getAttribute('data-id') ?? '';
          const tag = node.querySelector('.map-caution-tag rect')!.getBoundingClientRect().toJSON() as DOMRect;
          const lines = [...document.querySelectorAll(`text[data-label-for="${id}"] tspan`)].map((line) => line.getBoundingClientRect().toJSON() as DOMRect).filter((box) => box.width > 0);
          return { id, tag, lines };
        }),
      );
      expect(tagged.length).toBeGreaterThan(0);
      // The names drawn: at least the tagged one the audit saw run under its tag.
      expect(tagged.find((t) => t.id === 'boot-camps')?.lines.length ?? 0).toBeGreaterThan(0);
      for (const { id, tag, lines } of tagged) expect(lines.filter((line) => overlap(line, tag)), id).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});
