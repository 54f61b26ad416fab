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
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
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
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = best.from; i < best.to; i++) {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const leaf = byId.get(profile.samples[i]!)!;
      self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + ms);
      const seen = new Set<string>();
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const name = nameOf(byId.get(id)!);
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      }
    }
    const print = (title: string, table: Map<string, number>) => {
      console.log(title);
      for (const [key, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
    };
    console.log(`\n## ${hostile.name}: longest busy stretch ${best.ms.toFixed(0)} ms`);
    print('self time:', self);
    print('total time (with callees):', inclusive);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
