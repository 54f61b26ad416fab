/**
 * npm run bench:import -- [--dist DIR] [--no-build] [--bomb-mb 1024] [--only NAME,NAME]
 *
 * Issue 24: large and hostile files opened in the built app, and for each the longest main-thread
 * task (PerformanceObserver 'longtask') from navigation to the page's answer, and the time to that
 * answer (the map, or the page's refusal). The files are made here, at run time:
 * - xlsx-bomb: a small XLSX whose one sheet inflates to --bomb-mb MB (1 GiB by default);
 * - shared-strings: a 0.2 MB XLSX listing 5 million shared strings;
 * - story-link-bomb: a `?story=~…` link whose story inflates to --bomb-mb MB;
 * - connections-1m: a CSV of one million connection rows (11.8 MB, under the 20 MB limit);
 * - xlsx-200k: an XLSX of 200,000 connection rows;
 * - xlsx-lying-size: a workbook whose sheet declares 100 bytes and inflates to 256 MB;
 * - story-link-1.9mb: a plain 1.9 MB `?story=~AAA…` link, nothing to inflate (the address alone);
 * - graphml-100k-keys, gexf-60k-nodes, gexf-1.2m-attrs: XML graphs past their limits;
 * - kumu-200k-elems, kumu-1.2m-attrs: Kumu JSON past its limits;
 * - dataset-20mb: our own dataset JSON just under the 20 MB limit (valid, so shown).
 * Each is opened by `?data=` (the story over the small fixture). Run it on main and on a branch
 * with the same machine load to compare; --dist points at an already built app.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { datasetOfSize } from '../tests/fixtures/hostile/sizedDataset';
import { MAX_DATASET_BYTES } from '../src/io/sizeLimit';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { connectionsCsv, lyingAboutSize, manyElementsKumu, manyKeysGraphml, manyStrings, paddedSheet, ringGexf, rowsSheet, storyLinkBomb, wideElementKumu, wideNodeGexf, workbook } from '../tests/fixtures/import/budgetFiles';

const root = fileURLToPath(new URL('../', import.meta.url));
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const bombBytes = Number(option('--bomb-mb') ?? 1024) * 1024 * 1024;
const only = option('--only')?.split(',');

interface Case {
  name: string;
  /** The file to serve, or a link to open. */
  file?: { name: string; bytes: Uint8Array | string };
  story?: () => string;
}

const CASES: Case[] = [
  { name: 'xlsx-bomb', file: { name: 'bomb.xlsx', bytes: workbook(paddedSheet(bombBytes)) } },
  { name: 'xlsx-lying-size', file: { name: 'lying.xlsx', bytes: lyingAboutSize(workbook(paddedSheet(256 * 1024 * 1024)), 'xl/worksheets/sheet1.xml') } },
  { name: 'shared-strings', file: { name: 'strings.xlsx', bytes: workbook(rowsSheet(1), manyStrings(5_000_000)) } },
  { name: 'story-link-bomb', story: () => storyLinkBomb(bombBytes) },
  // A plain 1.9 MB link that needs no inflating: what the page does with a huge address alone.
  { name: 'story-link-1.9mb', story: () => `~${'A'.repeat(1_900_000)}` },
  { name: 'connections-1m', file: { name: 'connections.csv', bytes: connectionsCsv() } },
  { name: 'xlsx-200k', file: { name: 'rows.xlsx', bytes: workbook(rowsSheet(200_000)) } },
  { name: 'graphml-100k-keys', file: { name: 'keys.graphml', bytes: manyKeysGraphml(100_000) } },
  { name: 'gexf-60k-nodes', file: { name: 'ring.gexf', bytes: ringGexf(60_000) } },
  { name: 'gexf-1.2m-attrs', file: { name: 'wide.gexf', bytes: wideNodeGexf(1_200_000) } },
  { name: 'kumu-200k-elems', file: { name: 'many.json', bytes: manyElementsKumu(200_000) } },
  { name: 'kumu-1.2m-attrs', file: { name: 'wide.json', bytes: wideElementKumu(1_200_000) } },
  // Shown, not refused: its figures include drawing the map of 2,500 factors, not only reading it.
  { name: 'dataset-20mb', file: { name: 'dataset.json', bytes: datasetOfSize(MAX_DATASET_BYTES - 1000) } },
].filter((c) => !only || only.includes(c.name));

const PROBE = `
(function () {
  var tasks = [];
  window.__budget = tasks;
  try { new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { tasks.push(e.duration); }); }).observe({ type: 'longtask', buffered: true }); } catch (e) {}
})();
`;

const ANSWER = 'role=group[name=/Causal map/] >> nth=0';
const REFUSED = 'role=heading[name="This dataset could not be opened"]';
const STORY_REFUSED = 'text=/story cannot be played/';
const STORY_PLAYED = 'role=region[name=/^Story: /]';

async function measure(page: Page, url: string, story: boolean) {
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const shown = story ? STORY_PLAYED : ANSWER;
  const refused = story ? STORY_REFUSED : REFUSED;
  let verdict: string;
  try {
    verdict = await Promise.race([
      page.locator(shown).first().waitFor({ timeout: 180_000 }).then(() => 'shown'),
      page.locator(refused).first().waitFor({ timeout: 180_000 }).then(() => 'refused'),
    ]);
  } catch {
    verdict = 'no answer';
  }
  const ms = Date.now() - started;
  await page.waitForTimeout(300);
  const message = verdict === 'refused' ? ((await page.locator(story ? STORY_REFUSED : 'role=alert').first().textContent()) ?? '') : '';
  const longest = Math.round(Math.max(0, ...(await page.evaluate(() => (window as unknown as { __budget: number[] }).__budget))));
  return { verdict, ms, longest, message: message.replace(/\s+/g, ' ').slice(0, 160) };
}

const folder = mkdtempSync(join(tmpdir(), 'import-budget-'));
for (const c of CASES) if (c.file) writeFileSync(join(folder, c.file.name), c.file.bytes);
const dist = option('--dist') ?? join(root, 'dist');
if (!option('--dist') && !process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
const server = await startStaticServer({ '/map/': dist, '/files/': folder, '/fixtures/': join(root, 'tests/fixtures') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  console.log(`Import budget (${new Date().toISOString()}), ${dist}`);
  for (const c of CASES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    // A link of a megabyte or more is past what a small Node server takes in a request line, so
    // the page itself is answered here (a static host would serve it; the assets come from the server).
    const indexHtml = readFileSync(join(dist, 'index.html'));
    await page.route((url) => url.pathname === '/map/' && url.search.length > 8000, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: indexHtml }));
    const query = c.story
      ? `data=${encodeURIComponent(`${server.url}/fixtures/small-map.json`)}&story=${c.story()}`
      : `data=${encodeURIComponent(`${server.url}/files/${c.file!.name}`)}`;
    const size = c.file ? c.file.bytes.length : query.length;
    const result = await measure(page, `${server.url}/map/?${query}`, Boolean(c.story)).catch((error: unknown) => ({
      verdict: 'failed',
      ms: 0,
      longest: 0,
      message: String(error).slice(0, 160),
    }));
    console.log(
      `${c.name.padEnd(16)} ${(size / 1e6).toFixed(2).padStart(6)} MB  ${result.verdict.padEnd(9)} answer ${String(result.ms).padStart(6)} ms  longest task ${String(result.longest).padStart(6)} ms  ${result.message}`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}
