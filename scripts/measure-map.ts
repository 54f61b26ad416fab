/**
 * npx tsx scripts/measure-map.ts [--no-build] [--shots <folder>] [--data <file in tests/fixtures or data/>]
 *
 * Measures what a newcomer meets on the map's default view, at 1280×800, 1920×1080 and 390×844:
 * factor labels shown in full, cut short, too small or overlapping; line crossings (all drawn links,
 * and factor links only, between the straight segments joining each drawn link's two nodes, at the
 * nodes' map positions: see measure/linkSegments.ts); the
 * share of the map's area the nodes span; Tab presses from the page start to the zoom buttons and
 * to every control outside the map; and, without a browser, how many nodes move when one factor
 * linked to one existing factor is added to the dataset. Screenshots go to --shots (default
 * screenshots/measure/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { parseDataset, type Dataset } from '../src/model';
import { nodesMovedByOneMoreFactor } from './measure/addedFactor';
import { linkSegments, type ReadEdge, type ReadNode } from './measure/linkSegments';
import { countCrossings } from '../src/map/layout/columnOrder';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const shots = option('--shots') ?? `${root}screenshots/measure`;
const dataFile = option('--data') ?? `${root}data/reoffending-map.json`;
mkdirSync(shots, { recursive: true });

const parsed = parseDataset(JSON.parse(readFileSync(dataFile, 'utf8')));
if (!parsed.ok) throw new Error(`${dataFile} is not a valid dataset: run npm run validate on it`);
const dataset: Dataset = parsed.dataset;

if (!args.includes('--no-build')) {
  execFileSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const server = await startStaticServer({ '/map/': `${root}dist`, '/data/': dataFile.replace(/[^/]+$/, '') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Everything read from the page, in screen pixels. */
interface PageReading {
  map: Box;
  labels: { id: string; text: string; shown: boolean; box: Box; fontPx: number }[];
  nodes: (ReadNode & { box: Box })[];
  edges: ReadEdge[];
}

async function read(page: Page): Promise<PageReading> {
  return page.evaluate(() => {
    const boxOf = (r: DOMRect) => ({ x0: r.left, y0: r.top, x1: r.right, y1: r.bottom });
    const svg = document.querySelector('svg.map-canvas')!;
    // Labels from before the map's markup contract named them are read as text.map-label.
    const labels = [...document.querySelectorAll<SVGTextElement>('text[data-label-for], text.map-label')].map((el) => {
      const style = getComputedStyle(el);
      const matrix = el.getScreenCTM();
      const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
      const tspans = [...el.querySelectorAll('tspan')];
      const text = (tspans.length > 0 ? tspans.map((t) => t.textContent ?? '') : [el.textContent ?? '']).join(' ').replace(/\s+/g, ' ').trim();
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-label-for') ?? '',
        text,
        shown: style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0.5 && r.width > 0,
        box: boxOf(r),
        fontPx: parseFloat(style.fontSize) * scale,
      };
    });
    const nodes = [...document.querySelectorAll<SVGGElement>('[data-id]')].map((el) => {
      const shape = el.querySelector('.map-node-shape') ?? el;
      const r = shape.getBoundingClientRect();
      // Its place on the map, exact, as the painter wrote it (the screen centre carries rounding).
      const placed = /^translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)$/.exec(el.getAttribute('transform') ?? '');
      const at = placed ? { x: Number(placed[1]), y: Number(placed[2]) } : undefined;
      return { id: el.getAttribute('data-id') ?? '', box: boxOf(r), centre: { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 }, at };
    });
    const edges = [...document.querySelectorAll<SVGPathElement>('path.map-edge')]
      .filter((el) => getComputedStyle(el).display !== 'none' && !el.classList.contains('is-leaving'))
      .map((el) => {
        const length = el.getTotalLength();
        const m = el.getScreenCTM()!;
        const at = (d: number) => {
          const p = el.getPointAtLength(d);
          return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
        };
        // The nodes a link joins, from the datum d3 bound to its path (d3-selection keeps it as __data__).
        const bound = (el as SVGPathElement & { __data__?: { from?: unknown; to?: unknown } }).__data__;
        const ends = typeof bound?.from === 'string' && typeof bound.to === 'string' ? { from: bound.from, to: bound.to } : {};
        return { kind: el.classList.contains('map-edge--action') ? ('action' as const) : ('link' as const), a: at(0), b: at(length), ...ends };
      });
    return { map: boxOf(svg.getBoundingClientRect()), labels, nodes, edges };
  });
}

const overlaps = (a: Box, b: Box, slack = 0.5) => a.x0 + slack < b.x1 && b.x0 + slack < a.x1 && a.y0 + slack < b.y1 && b.y0 + slack < a.y1;
const inside = (a: Box, outer: Box) => a.x0 >= outer.x0 - 0.5 && a.x1 <= outer.x1 + 0.5 && a.y0 >= outer.y0 - 0.5 && a.y1 <= outer.y1 + 0.5;

function summarise(reading: PageReading) {
  const factors = new Map(dataset.factors.map((f) => [f.id, f.label]));
  // An unnamed label is the factor whose label it shows, in full or cut short.
  for (const l of reading.labels) {
    if (l.id) continue;
    const stem = l.text.replace(/…$/u, '');
    l.id = dataset.factors.find((f) => f.label === l.text)?.id ?? (stem ? dataset.factors.find((f) => f.label.startsWith(stem))?.id : undefined) ?? '';
  }
  const factorLabels = reading.labels.filter((l) => factors.has(l.id));
  const full = factorLabels.filter((l) => l.shown && l.text === factors.get(l.id) && inside(l.box, reading.map) && l.fontPx >= 11 - 1e-6);
  const truncated = factorLabels.filter((l) => l.shown && l.text.includes('…'));
  const shownLabels = reading.labels.filter((l) => l.shown);
  let labelOverlaps = 0;
  for (let i = 0; i < shownLabels.length; i++) {
    for (let j = i + 1; j < shownLabels.length; j++) {
      if (!overlaps(shownLabels[i]!.box, shownLabels[j]!.box)) continue;
      labelOverlaps++;
      if (process.env.MEASURE_VERBOSE) console.error(`labels overlap: ${shownLabels[i]!.id} and ${shownLabels[j]!.id}`);
    }
  }
  let labelOnNode = 0;
  for (const l of shownLabels) for (const n of reading.nodes) if (n.id !== l.id && overlaps(l.box, n.box)) labelOnNode++;
  const segments = linkSegments(reading.edges, reading.nodes);
  if (process.env.MEASURE_VERBOSE) for (const s of segments) console.error(`${s.kind}: ${s.from} -> ${s.to}`);
  const visibleNodes = reading.nodes.filter((n) => inside(n.box, reading.map) || overlaps(n.box, reading.map));
  const span = visibleNodes.reduce(
    (b, n) => ({ x0: Math.min(b.x0, n.box.x0), y0: Math.min(b.y0, n.box.y0), x1: Math.max(b.x1, n.box.x1), y1: Math.max(b.y1, n.box.y1) }),
    { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
  );
  const clip = { x0: Math.max(span.x0, reading.map.x0), y0: Math.max(span.y0, reading.map.y0), x1: Math.min(span.x1, reading.map.x1), y1: Math.min(span.y1, reading.map.y1) };
  const mapArea = (reading.map.x1 - reading.map.x0) * (reading.map.y1 - reading.map.y0);
  const spanArea = Math.max(0, clip.x1 - clip.x0) * Math.max(0, clip.y1 - clip.y0);
  const minFont = factorLabels.filter((l) => l.shown).reduce((m, l) => Math.min(m, l.fontPx), Infinity);
  return {
    factorLabelsInFull: `${full.length}/${factors.size}`,
    factorLabelsShown: factorLabels.filter((l) => l.shown).length,
    truncatedLabels: truncated.length,
    smallestLabelPx: Number.isFinite(minFont) ? Number(minFont.toFixed(1)) : null,
    labelLabelOverlaps: labelOverlaps,
    labelNodeOverlaps: labelOnNode,
    drawnLinks: `${segments.length} (${segments.filter((s) => s.kind === 'link').length} factor links)`,
    crossingsAll: countCrossings(segments),
    crossingsFactorLinks: countCrossings(segments.filter((s) => s.kind === 'link')),
    nodeSpanShareOfMap: `${Math.round((100 * spanArea) / mapArea)}%`,
    outcomeLabelled: reading.labels.some((l) => l.id === dataset.meta.outcome && l.shown),
  };
}

/** Tab presses from the page start until `done` holds for the focused element, or null within `limit`. */
async function tabsUntil(page: Page, done: string, limit = 200): Promise<number | null> {
  await page.reload();
  await page.waitForSelector('[data-id]');
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(() => { const el = document.activeElement; return Boolean(el && (${done})); })()`)) return i;
  }
  return null;
}

/** How many Tab presses reach every focusable control outside the map, from the page start (the worst one). */
async function tabsToEveryControl(page: Page): Promise<{ worst: number | null; controls: number; unreached: string[] }> {
  const names = await page.evaluate(() => {
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (el) => !el.closest('svg.map-canvas') && el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.offsetParent !== null,
    );
    return focusable.map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName);
  });
  const seen = new Map<string, number>();
  await page.reload();
  await page.waitForSelector('[data-id]');
  for (let i = 1; i <= 120; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName) : '';
    });
    if (!seen.has(name)) seen.set(name, i);
  }
  if (process.env.MEASURE_VERBOSE) console.error([...seen].map(([n, i]) => `${i}:${n}`).join(' | '));
  const unreached = names.filter((n) => !seen.has(n));
  const worst = unreached.length > 0 ? null : Math.max(...names.map((n) => seen.get(n) ?? 0));
  return { worst, controls: names.length, unreached };
}

const sizes = [
  ['1280x800', { width: 1280, height: 800 }],
  ['1920x1080', { width: 1920, height: 1080 }],
  ['390x844', { width: 390, height: 844 }],
] as const;

const query = dataFile.startsWith(`${root}data/`) || dataFile.startsWith('data/') ? '' : `?data=${encodeURIComponent(`${server.url}/data/${basename(dataFile)}`)}`;
try {
  const results: Record<string, unknown> = {};
  for (const [name, viewport] of sizes) {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    // tsx names the functions it compiles with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${server.url}/map/${query}`);
    await page.waitForSelector('[data-id]', { timeout: 30_000 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${shots}/default-${name}.png` });
    const summary: Record<string, unknown> = summarise(await read(page));
    if (name !== '390x844') {
      summary.tabsToZoomIn = await tabsUntil(page, `el.getAttribute('aria-label') === 'Zoom in'`);
      const every = await tabsToEveryControl(page);
      summary.tabsToEveryControlOutsideMap = every.worst ?? `not all reached in 120 (${every.unreached.length} of ${every.controls} missing)`;
    }
    results[name] = summary;
    await page.close();
  }
  results.nodesMovedByOneAddedFactor = nodesMovedByOneMoreFactor(dataset);
  console.log(JSON.stringify(results, null, 2));
  console.log(`Screenshots in ${shots}/`);
} finally {
  await browser.close();
  await server.close();
}
