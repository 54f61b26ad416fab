/**
 * npm run bench:filter (and a part of npm run bench): how long a filter change takes to reach the screen on the bundled dataset.
 *
 * In headless Chromium, on the production build, a real input event (choosing an evidence level,
 * ticking an intervention type) is timed from the event's timestamp to the end of the first frame
 * painted after the map's items changed (animation excluded: items that leave lose their place on
 * the page at once and only fade). Target: under 50 ms.
 *
 * For comparison, the same filtering is timed in Node for this project's `filterView` and for a
 * peer library, graphology-operators' `subgraph`, on the same graph and selection.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import Graph from 'graphology';
import subgraph from 'graphology-operators/subgraph';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { parseDataset } from '../src/model';
import { NO_FILTER, buildMapGraph, buildReachIndex, filterView, interventionMatches, type ViewFilter } from '../src/analysis';

const root = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = 30;

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN };
}
const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 1)} ms`;

/**
 * The stopwatch, run in the page: from the first event of a person's action to the end of the frame
 * that shows the change. React handles a checkbox on its click (before its change event) and a
 * select on its change. Plain script text, so the TypeScript runner's helpers do not leak into it.
 */
const STOPWATCH = `
  window.benchSamples = [];
  function arm(event) {
    var target = event.target;
    var starts = event.type === 'click' ? target && target.type === 'checkbox' : target && target.tagName === 'SELECT';
    if (!starts) return;
    var start = event.timeStamp;
    var layer = document.querySelector('.map-nodes');
    if (!layer) return;
    var observer = new MutationObserver(function () {
      observer.disconnect();
      requestAnimationFrame(function () {
        // A message posted during a frame is handled after that frame has been painted.
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { window.benchSamples.push(performance.now() - start); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(layer, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-id', 'data-dimmed'] });
  }
  document.addEventListener('click', arm, true);
  document.addEventListener('change', arm, true);
`;

async function installStopwatch(page: Page) {
  await page.evaluate(STOPWATCH);
}

async function samplesSoFar(page: Page): Promise<number[]> {
  return page.evaluate(() => [...((window as unknown as { benchSamples: number[] }).benchSamples ?? [])]);
}

async function browserFigures() {
  execFileSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const server = await startStaticServer({ '/map/': `${root}dist` });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/map/`);
    return await measureFilterChanges(page);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Times filter changes made as a person makes them, on a page showing the bundled map. */
export async function measureFilterChanges(page: Page, rounds = ROUNDS) {
  await page.locator('[data-id]').first().waitFor();
  await installStopwatch(page);
  const evidence = page.getByRole('combobox', { name: 'Evidence' });
  for (let i = 0; i < rounds; i++) {
    await evidence.selectOption(i % 2 === 0 ? 'limited' : '');
    await page.waitForTimeout(120);
  }
  const evidenceSamples = await samplesSoFar(page);
  await page.locator('details.multi-select', { hasText: 'Intervention type' }).locator('summary').click();
  const peer = page.getByRole('checkbox', { name: /^Peer support/ });
  for (let i = 0; i < rounds; i++) {
    await peer.click();
    await page.waitForTimeout(120);
  }
  const typeSamples = (await samplesSoFar(page)).slice(evidenceSamples.length);
  const nodes = await page.locator('[data-id]').count();
  return { evidenceSamples, typeSamples, nodes };
}

function nodeFigures() {
  const parsed = parseDataset(JSON.parse(readFileSync(`${root}data/reoffending-map.json`, 'utf8')));
  if (!parsed.ok) throw new Error('The bundled dataset is invalid: run npm run validate on it.');
  const dataset = parsed.dataset;
  const mapGraph = buildMapGraph(dataset);
  const filter: ViewFilter = { ...NO_FILTER, types: ['peer-support', 'mentoring'], minEvidence: 'testimony' };
  const byId = new Map(dataset.interventions.map((i) => [i.id, i]));
  const reach = buildReachIndex(dataset);
  const time = (work: () => unknown) => {
    const runs: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      work();
      runs.push(performance.now() - t);
    }
    return stats(runs.slice(200));
  };
  const ours = time(() => filterView(dataset, mapGraph, filter, reach));
  // The same nodes and edges as a graphology graph, for the peer.
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const node of mapGraph.nodes) graph.addNode(node.id, { kind: node.kind });
  for (const edge of mapGraph.edges) if (graph.hasNode(edge.from) && graph.hasNode(edge.to)) graph.addEdge(edge.from, edge.to, { id: edge.id });
  // The peer: graphology-operators builds the filtered subgraph (nodes kept, and the edges among them).
  const peer = time(() =>
    subgraph(graph, (id: string, attributes) => {
      const intervention = attributes.kind === 'intervention' ? byId.get(id) : undefined;
      const reached = intervention ? reach.get(intervention.id) : undefined;
      return intervention && reached ? interventionMatches(intervention, reached, filter) : true;
    }),
  );
  return { ours, peer, order: graph.order, size: graph.size };
}

async function main() {
  const node = nodeFigures();
  console.log(`Filtering the bundled graph (${node.order} nodes, ${node.size} edges) in Node, 1,800 timed runs each:`);
  console.log(`  filterView (this project)             median ${ms(node.ours.median)}, p95 ${ms(node.ours.p95)}`);
  console.log(`  subgraph (graphology-operators, peer) median ${ms(node.peer.median)}, p95 ${ms(node.peer.p95)}`);

  const browser = await browserFigures();
  const all = [...browser.evidenceSamples, ...browser.typeSamples];
  console.log(`\nInput event to first painted frame, headless Chromium, production build, ${browser.nodes} nodes drawn at the end:`);
  for (const [name, samples] of [
    ['evidence level (select)', browser.evidenceSamples],
    ['intervention type (checkbox)', browser.typeSamples],
    ['all filter changes', all],
  ] as const) {
    const s = stats(samples);
    console.log(`  ${name.padEnd(30)} n=${samples.length}  median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}`);
  }
  const p95 = stats(all).p95;
  console.log(`\nTarget: a filter change reaches the screen within 50 ms. p95 ${ms(p95)}: ${p95 < 50 ? 'met' : 'NOT met'}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
