/**
 * npx tsx bench/profile-filter.ts [--dist <built app folder>] [--top <n>] [--within <function name>] [--load]
 *
 * Where the main thread's time goes when a person changes the evidence filter on the bundled map
 * ten times: a CPU profile (Chrome DevTools Protocol) over the changes, printed by function. Build
 * with `--minify false` for readable names: `npx vite build --minify false --outDir /tmp/map-dev`.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { recordMapWork } from './support/recordMapWork';
import { printTimes, timeByFunction, type CpuProfile } from './support/cpuProfile';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const top = Number(option('--top') ?? 30);
const CHANGES = 10;

const server = await startStaticServer({ '/map/': option('--dist') ?? `${root}dist` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const profile = await recordMapWork(
    page,
    `${server.url}/map/`,
    { onLoad: args.includes('--load'), changes: CHANGES },
    async (cdp) => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    },
    async (cdp) => ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile,
  );
  const within = option('--within');
  const { self, inclusive, busy } = timeByFunction(profile, 0, profile.samples.length, within);
  console.log(`Main thread busy ${busy.toFixed(0)} ms over ${args.includes('--load') ? 'the first load' : `${CHANGES} filter changes`} (the driver's own page calls included).`);
  printTimes('self time:', self, top);
  printTimes('total time (with callees):', inclusive, top);
} finally {
  await browser.close();
  await server.close();
}
