/**
 * The peer page: one dataset laid out and drawn by a peer library, as its documentation shows it,
 * with the benchmark's stopwatch told when the first frame is drawn, when positions move and when
 * the layout stops. `?lib=cytoscape|force-graph&data=<url>`. Bundled by bench/peers/buildPeerPage.ts.
 *
 * Both peers get what our map draws: every factor and intervention as a node, and every link and
 * intervention target as an edge (ours hides intervention edges until one is in play, so the peers
 * do slightly more drawing work).
 */
import cytoscape from 'cytoscape';
import ForceGraph from 'force-graph';

interface Bench {
  painted(then?: () => void): void;
  moved(): void;
  settled(): void;
}
interface PeerDataset {
  factors: Array<{ id: string }>;
  links: Array<{ from: string; to: string }>;
  interventions: Array<{ id: string; targets: Array<{ factor: string }> }>;
}

const bench = (window as unknown as { __bench: Bench }).__bench;
const params = new URLSearchParams(window.location.search);
const container = document.getElementById('graph')!;

function graphOf(dataset: PeerDataset) {
  const nodes = [...dataset.factors.map((f) => f.id), ...dataset.interventions.map((i) => i.id)];
  const edges = [
    ...dataset.links.map((l) => [l.from, l.to] as const),
    ...dataset.interventions.flatMap((i) => i.targets.map((t) => [i.id, t.factor] as const)),
  ];
  return { nodes, edges };
}

function runCytoscape(graph: ReturnType<typeof graphOf>) {
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map((id) => ({ data: { id } })),
      ...graph.edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
    ],
    style: [
      { selector: 'node', style: { width: 8, height: 8, 'background-color': '#2b6cb0', label: 'data(id)', 'font-size': 6 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#999', 'curve-style': 'haystack' } },
    ],
  });
  // Drawn first at cytoscape's default (grid) positions (its renderer paints on the next animation
  // frame), then laid out by cose once that frame is on screen, so its first paint does not wait
  // for the layout (as ours need not, with `positions`).
  bench.painted(() => {
    cy.on('position', () => bench.moved());
    const layout = cy.layout({ name: 'cose', animate: true, randomize: true });
    layout.one('layoutstop', () => bench.settled());
    layout.run();
  });
}

function runForceGraph(graph: ReturnType<typeof graphOf>) {
  let first = true;
  new ForceGraph(container)
    .width(container.clientWidth)
    .height(container.clientHeight)
    .nodeLabel('id')
    .onEngineTick(() => bench.moved())
    .onEngineStop(() => bench.settled())
    .onRenderFramePost(() => {
      if (first) bench.painted();
      first = false;
    })
    .graphData({ nodes: graph.nodes.map((id) => ({ id })), links: graph.edges.map(([source, target]) => ({ source, target })) });
}

const response = await fetch(params.get('data') ?? '');
const graph = graphOf((await response.json()) as PeerDataset);
if (params.get('lib') === 'cytoscape') runCytoscape(graph);
else runForceGraph(graph);
