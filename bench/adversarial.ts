/**
 * npm run bench:adversarial [-- --dist <built app folder>] [--compare <built app folder>] [--only <name part>]
 *
 * Opens datasets shaped to make analysis explode (tests/fixtures/hostile/adversarialGraphs.ts:
 * layered graphs with exponentially many paths, complete graphs, a long ring, one link repeated
 * 100,000 times, brackets nested 100,000 deep; and two with one published position, so the rest
 * is placed by the force layout) in headless Chromium, each with a `path=` (and a
 * loop) in its link, then opens the Loops and Paths tabs. Prints, for each, the verdict (map drawn
 * or refused), the time until the page answered, and the longest main-thread task (Long Tasks API).
 * The target (issue 17): no task over 1 s for any dataset under 1 MB of up to 1,000 factors.
 *
 * `--dist` measures another build (for example a checkout from before a change), so a before and
 * after come from the same script, on the same machine, in the same run. `--compare <build>` opens
 * each case in that build ("before") and then in this one ("after"), side by side.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { adversarialCases, type AdversarialCase } from '../tests/fixtures/hostile/adversarialGraphs';
import { forcePlacedCases } from './support/placedByForce';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = option('--dist') ?? `${root}dist`;
const only = option('--only');
const TIMEOUT_MS = 120_000;

const cases = [...adversarialCases(), ...forcePlacedCases()];

/** Installed before the app runs: records every long task (over 50 ms) the main thread runs. */
const LONG_TASKS = `
  window.__longest = 0;
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) { if (entry.duration > window.__longest) window.__longest = entry.duration; });
  }).observe({ type: 'longtask', buffered: true });
`;

if (!option('--dist')) {
  execFileSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
const compare = option('--compare');
const builds: [string, string][] = compare ? [['before', compare], ['after', dist]] : [['', dist]];
const server = await startStaticServer(Object.fromEntries(builds.map(([label, folder]) => [`/${label || 'map'}/`, folder])));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const rows: string[][] = [];

/** Opens one case in one build; returns its verdict, when it answered and its longest task. */
async function measure(hostile: AdversarialCase, mount: string): Promise<{ verdict: string; answered: number; longest: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(LONG_TASKS);
  const address = `${server.url}/generated/hostile.json`;
  await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: hostile.text }));
  const started = Date.now();
  let verdict: string;
  let crashed = false;
  page.on('crash', () => (crashed = true));
  try {
    await page.goto(`${server.url}/${mount}/?data=${encodeURIComponent(address)}&${hostile.query}`, { timeout: TIMEOUT_MS });
    const map = page.getByRole('group', { name: /Causal map/ });
    const refused = page.getByRole('heading', { name: 'This dataset could not be opened' });
    await Promise.race([map.waitFor({ timeout: TIMEOUT_MS }), refused.waitFor({ timeout: TIMEOUT_MS })]);
    verdict = (await map.isVisible()) ? 'map drawn' : 'refused, located';
    if (verdict === 'map drawn') {
      for (const tab of ['Loops', 'Paths']) {
        const button = page.getByRole('tab', { name: tab });
        if (await button.count()) await button.click({ timeout: TIMEOUT_MS });
      }
    }
    // Two frames, so tasks started by the last click are finished and observed.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  } catch (error) {
    verdict = crashed ? 'CRASHED' : `timed out (${(error as Error).message.split('\n')[0]})`;
  }
  const answered = Date.now() - started;
  const longest = crashed ? NaN : await page.evaluate(() => (window as unknown as { __longest: number }).__longest).catch(() => NaN);
  await page.close();
  return { verdict, answered, longest };
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : `${Math.round(value)} ms`);
try {
  for (const hostile of cases.filter((c) => !only || c.name.includes(only))) {
    // With --compare, the two builds open each case one after the other, so a busy machine weighs on both alike.
    const row = [hostile.name, `${(hostile.text.length / 1024).toFixed(0)} kB`];
    for (const [label] of builds) {
      const result = await measure(hostile, label || 'map');
      row.push(result.verdict, ms(result.answered), ms(result.longest));
    }
    rows.push(row);
    console.log(row.join(' | '));
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nBuilds measured: ${builds.map(([label, folder]) => `${label || 'this'} ${folder}`).join(', ')}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const columns = builds.flatMap(([label]) => ['verdict', 'answered after', 'longest main-thread task'].map((c) => (label ? `${label}: ${c}` : c)));
console.log(`| dataset | size | ${columns.join(' | ')} |`);
console.log(`| --- | --- | ${columns.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
