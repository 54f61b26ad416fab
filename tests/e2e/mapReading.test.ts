import { describe, expect, it } from 'vitest';
import type { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { inside, mapBox, overlapArea, readLabels, readNodeBoxes } from './support/mapReading';
import { datasetFile, openMap } from './support/openMap';

const browser = sharedBrowserForThisFile();
const problems: string[] = [];
const bundled = datasetFile('data/reoffending-map.json');
const open = (options: Parameters<typeof openApp>[1] = {}) => openMap(browser(), problems, options);

describe('a funder reads the bundled map at first sight', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`names every factor in full, at least 11 px high, on screen, with no label on another label or node (${viewport.width}×${viewport.height})`, async () => {
      const page = await open({ viewport });
      const labels = await readLabels(page);
      const nodes = await readNodeBoxes(page);
      const map = await mapBox(page);
      for (const factor of bundled.factors) {
        const label = labels.find((l) => l.id === factor.id);
        expect(label, factor.id).toBeDefined();
        expect(label!.shown, factor.id).toBe(true);
        expect(label!.text, factor.id).toBe(factor.label);
        expect(label!.fontPx, factor.id).toBeGreaterThanOrEqual(11);
        expect(inside(label!.box, map), `${factor.id} is on screen`).toBe(true);
      }
      const shown = labels.filter((l) => l.shown);
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) {
          expect(overlapArea(shown[i]!.box, shown[j]!.box), `${shown[i]!.id} / ${shown[j]!.id}`).toBeLessThan(2);
        }
        for (const node of nodes) {
          if (node.id !== shown[i]!.id) expect(overlapArea(shown[i]!.box, node.box), `${shown[i]!.id} on ${node.id}`).toBeLessThan(2);
        }
      }
      await page.close();
    });
  }

  it('on a phone, names the outcome and every factor of the busiest column', async () => {
    const page = await open({ viewport: { width: 390, height: 844 } });
    const labels = await readLabels(page);
    const map = await mapBox(page);
    const counts = bundled.vocabularies.stages.map((s) => bundled.factors.filter((f) => f.stage === s.id).length);
    const busiest = bundled.vocabularies.stages[counts.indexOf(Math.max(...counts))]!.id;
    const expected = bundled.factors.filter((f) => f.stage === busiest || f.id === bundled.meta.outcome);
    for (const factor of expected) {
      const label = labels.find((l) => l.id === factor.id)!;
      expect(label.shown && label.text === factor.label && inside(label.box, map), factor.id).toBe(true);
      expect(label.fontPx).toBeGreaterThanOrEqual(11);
    }
    await page.close();
  });

  it('shows the causal links only, until an intervention is pointed at', async () => {
    const page = await open();
    expect(await page.locator('.map-edge--action').count()).toBe(0);
    expect(await page.locator('.map-edge--link').count()).toBe(bundled.links.length);
    const intervention = bundled.interventions[0]!;
    await page.locator(`[data-id="${intervention.id}"]`).hover();
    await expect.poll(() => page.locator('.map-edge--action').count()).toBe(intervention.targets.length);
    await page.mouse.move(2, 2);
    await expect.poll(() => page.locator('.map-edge--action').count()).toBe(0);
    await page.close();
  });

  it('says each intervention’s evidence in its name and marks it with filled dots', async () => {
    const page = await open();
    for (const intervention of bundled.interventions.slice(0, 5)) {
      const node = page.locator(`[data-id="${intervention.id}"]`);
      // Issue 22: the name says impact after evidence ("…, evidence: limited; impact: not known.").
      expect(await node.getAttribute('aria-label')).toMatch(new RegExp(`^Intervention: .+, evidence: ${intervention.evidence.strength}; impact: `));
    }
    // Issue 22: harm and no clear effect wear a crossed or struck-through mark, never the pips of a recommendation.
    const cautioned = (i: (typeof bundled.interventions)[number]) => i.evidence.direction === 'increases' || i.evidence.direction === 'no-clear-effect';
    for (const intervention of bundled.interventions.filter(cautioned)) {
      expect(await page.locator(`[data-id="${intervention.id}"] .map-pip.is-filled`).count()).toBe(0);
      expect(await page.locator(`[data-id="${intervention.id}"] .map-caution-tag`).count()).toBe(1);
    }
    const pipped = bundled.interventions.filter((i) => !cautioned(i));
    const strengths = new Set(pipped.map((i) => i.evidence.strength));
    const filledByLevel = new Map<string, number>();
    for (const intervention of pipped) {
      filledByLevel.set(intervention.evidence.strength, await page.locator(`[data-id="${intervention.id}"] .map-pip.is-filled`).count());
    }
    expect(new Set(filledByLevel.values()).size).toBe(strengths.size);
    await page.close();
  });

  it('gives every intervention type and every domain its own look: colour and glyph together never repeat', async () => {
    const page = await open();
    const looks = await page.locator('[data-id]').evaluateAll((els) =>
      els.map((el) => ({
        kind: el.classList.contains('map-node--factor') ? 'factor' : 'intervention',
        look: `${el.querySelector('.map-node-shape')?.getAttribute('fill')} ${el.querySelector('.map-glyph')?.getAttribute('d')} ${el.querySelector('.map-glyph-ring') ? 'ring' : ''}`,
        glyph: el.querySelector('.map-glyph')?.getAttribute('d') ?? '',
        id: el.getAttribute('data-id') ?? '',
      })),
    );
    const groupOf = new Map([...bundled.factors.map((f) => [f.id, f.domain] as const), ...bundled.interventions.map((i) => [i.id, i.type] as const)]);
    for (const kind of ['factor', 'intervention']) {
      const byGroup = new Map<string, Set<string>>();
      for (const l of looks.filter((x) => x.kind === kind)) byGroup.set(groupOf.get(l.id)!, (byGroup.get(groupOf.get(l.id)!) ?? new Set()).add(l.look));
      // One look per group, and no two groups share one, nor a glyph (so greyscale still tells them apart).
      expect([...byGroup.values()].every((s) => s.size === 1)).toBe(true);
      const groupLooks = [...byGroup.values()].map((s) => [...s][0]!);
      expect(new Set(groupLooks).size).toBe(groupLooks.length);
      const glyphs = groupLooks.map((l) => l.split(' ').slice(1).join(' '));
      expect(new Set(glyphs).size).toBe(glyphs.length);
    }
    await page.close();
  });

  it('shows the dataset’s version and date in the header, not the title twice', async () => {
    const page = await open();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    expect(heading).toContain(bundled.meta.title);
    expect(heading).toContain(`Version ${bundled.meta.version}`);
    expect(heading!.split(bundled.meta.title).length).toBe(2);
    await page.close();
  });
});

describe('the map keeps its place and its selection', () => {
  it('leaves every node of a published map where it was when one factor is added', async () => {
    const read = async (fixture: string) => {
      const page = await open({ fixture });
      // Where each node is on the map itself (layout units), whatever the zoom that fits it to the screen.
      const points = await page.locator('[data-id]').evaluateAll((els) =>
        Object.fromEntries(
          els.map((el) => {
            const m = (el as SVGGElement).transform.baseVal.consolidate()?.matrix;
            return [el.getAttribute('data-id') ?? '', { x: m?.e ?? NaN, y: m?.f ?? NaN }];
          }),
        ),
      );
      await page.close();
      return points;
    };
    const before = await read('published-map.json');
    const after = await read('published-map-plus-one.json');
    expect(Object.keys(after).length).toBe(Object.keys(before).length + 1);
    for (const [id, p] of Object.entries(before)) {
      expect(Math.hypot(after[id]!.x - p.x, after[id]!.y - p.y), id).toBeLessThanOrEqual(2);
    }
  });

  it('keeps a clicked node and its neighbours bright after the mouse moves away, until cleared', async () => {
    const page = await open({ fixture: 'small-map.json' });
    const opacity = (id: string) => page.locator(`[data-id="${id}"]`).evaluate((el) => Number(getComputedStyle(el).opacity));
    await page.getByRole('button', { name: /^Factor: Recall to prison/ }).click();
    await page.mouse.move(2, 400);
    await page.waitForTimeout(300);
    await expect.poll(() => opacity('trusted-worker')).toBeLessThan(0.5);
    expect(await opacity('recall')).toBe(1);
    expect(await opacity('homeless-on-release')).toBe(1);
    await page.getByRole('button', { name: 'Close details' }).click();
    // Closing hands focus back to the node, which previews its neighbours; once focus moves on, all is bright.
    await page.getByRole('heading', { level: 1 }).click();
    await expect.poll(() => opacity('trusted-worker')).toBe(1);
    await page.close();
  });

  it('opens a link’s details, with its sources, when its arrow is clicked', async () => {
    const dataset = datasetFile('tests/fixtures/small-map.json');
    const page = await open({ fixture: 'small-map.json' });
    // A person clicks the middle of an arrow; the first arrow whose middle is clear of nodes will do.
    const hit = page.locator('path.map-edge-hit');
    const paths = await hit.count();
    expect(paths).toBe(dataset.links.length);
    let opened = false;
    for (let i = 0; i < paths && !opened; i++) {
      const path = hit.nth(i);
      const middle = await path.evaluate((el: SVGPathElement) => {
        const p = el.getPointAtLength(el.getTotalLength() / 2);
        const m = el.getScreenCTM()!;
        return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
      });
      await page.mouse.click(middle.x, middle.y);
      const heading = page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 });
      if ((await heading.count()) > 0 && (await heading.textContent())?.includes('→')) opened = true;
    }
    expect(opened).toBe(true);
    const panel = page.getByRole('complementary', { name: 'Details' });
    expect(await panel.getByRole('heading', { name: 'Sources' }).count()).toBe(1);
    expect(await panel.locator('blockquote, q, .citation').count()).toBeGreaterThan(0);
    // The address keeps the selected link: reloading reopens its details.
    const title = await panel.getByRole('heading', { level: 2 }).textContent();
    await page.reload();
    await expect.poll(() => page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe(title);
    await page.close();
  });
});

describe('a keyboard user moves through the map as through a map', () => {
  it('skips to the map first, lands on the outcome, moves by arrows, announces, and zooms with +', async () => {
    const dataset = datasetFile('tests/fixtures/small-map.json');
    const page = await open({ fixture: 'small-map.json' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to map');
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    expect(await focused()).toBe(dataset.meta.outcome);
    const seen = new Set([await focused()]);
    for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowRight']) {
      await page.keyboard.press(key);
      seen.add(await focused());
    }
    expect(seen.size).toBeGreaterThan(2);
    const id = (await focused())!;
    const factor = dataset.factors.find((f) => f.id === id) ?? dataset.interventions.find((i) => i.id === id)!;
    await expect.poll(() => page.locator('[aria-live="polite"]').last().textContent()).toMatch(new RegExp(`^${factor.label}, (factor|intervention).*\\d+ links?$`));
    const size = async () => (await page.locator(`[data-id="${id}"]`).boundingBox())!.width;
    const before = await size();
    await page.keyboard.press('+');
    await expect.poll(size).toBeGreaterThan(before * 1.2);
    await page.keyboard.press('0');
    await expect.poll(async () => Math.abs((await size()) - before)).toBeLessThan(1);
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Details' }).waitFor();
    await page.close();
  });

  // Issue 22 added two filters (impact and cost) to the bar, so two more presses: 17, once 15.
  it('reaches every control outside the map in fewer than 15 Tab presses', async () => {
    const page = await open({ fixture: 'small-map.json' });
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]')]
        .filter((el) => !el.closest('svg') && el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.offsetParent !== null)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    const reached = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
    }
    expect(controls.filter((c) => !reached.has(c))).toEqual([]);
    await page.close();
  });
});

describe('the page is clean', () => {
  it('logged no console errors or uncaught exceptions in any of the above', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
