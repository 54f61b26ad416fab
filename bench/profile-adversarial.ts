/**
 * npm run bench:profile [-- --dist <built app folder>] [--only <name part>] [--top <n>]
 *
 * Where the main thread's time goes when a generated adversarial graph opens: records a CPU
 * profile (Chrome DevTools Protocol) while the page loads and draws, then prints the functions
 * with the most self time and the source files they come from. Build with `--minify false` for
 * readable names: `npx vite build --minify false --outDir /tmp/map-dev`.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { adversarialCases } from '../tests/fixtures/hostile/adversarialGraphs';
import { forcePlacedCases } from './support/placedByForce';
import { printTimes, timeByFunction, type CpuProfile } from './support/cpuProfile';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = option('--dist') ?? `${root}dist`;
const only = option('--only');
const top = Number(option('--top') ?? 25);

const server = await startStaticServer({ '/map/': dist });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const hostile of [...adversarialCases(), ...forcePlacedCases()].filter((c) => !only || c.name.includes(only))) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const address = `${server.url}/generated/hostile.json`;
    await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: hostile.text }));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/map/?data=${encodeURIComponent(address)}&${hostile.query}`, { timeout: 300_000 });
    const map = page.getByRole('group', { name: /Causal map/ });
    const refused = page.getByRole('heading', { name: 'This dataset could not be opened' });
    await Promise.race([map.waitFor({ timeout: 300_000 }), refused.waitFor({ timeout: 300_000 })]);
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    // The longest stretch of samples in which the main thread never went idle: the longest task.
    const isIdle = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName === '(idle)']));
    let best = { from: 0, to: 0, ms: 0 };
    for (let i = 0, start = 0, ms = 0; i < profile.samples.length; i++) {
      if (isIdle.get(profile.samples[i]!)) {
        start = i + 1;
        ms = 0;
        continue;
      }
      ms += (profile.timeDeltas[i] ?? 0) / 1000;
      if (ms > best.ms) best = { from: start, to: i + 1, ms };
    }
    const { self, inclusive } = timeByFunction(profile, best.from, best.to);
    console.log(`\n## ${hostile.name}: longest busy stretch ${best.ms.toFixed(0)} ms`);
    printTimes('self time:', self, top);
    printTimes('total time (with callees):', inclusive, top);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
