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

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = option('--dist') ?? `${root}dist`;
const only = option('--only');
const top = Number(option('--top') ?? 25);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const server = await startStaticServer({ '/map/': dist });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const hostile of adversarialCases().filter((c) => !only || c.name.includes(only))) {
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
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const byName = new Map<string, number>();
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      const where = node.callFrame.url.split('/').pop() ?? '';
      const key = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
      byName.set(key, (byName.get(key) ?? 0) + ms);
    }
    console.log(`\n## ${hostile.name}`);
    for (const [key, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
