/**
 * npm run dataset-stats -- [dataset.json]
 * Prints the figures the dataset audit (issue 14) speaks of, so anyone can measure them before and
 * after a change: factors; links stated and inferred, and those marked as claims to test; interventions
 * by evidence level; gaps; named loops with how many of their links are inferred; and every feedback
 * cycle among factors (up to 8 long), reinforcing and balancing.
 */
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/model';
import { buildFactorGraph, feedbackLoops } from '../src/analysis';

const file = process.argv[2] ?? 'data/reoffending-map.json';
const parsed = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) {
  console.error(`${file}: not a valid dataset; run npm run validate -- ${file} to see why.`);
  process.exit(1);
}
const d = parsed.dataset;
const count = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

const graph = buildFactorGraph(d);
const search = feedbackLoops(d, graph);
const basisOf = new Map(d.links.map((l) => [l.id, l.basis]));

console.log(`${file}: version ${d.meta.version}`);
console.log(`factors: ${d.factors.length}`);
console.log(`links: ${d.links.length}`, count(d.links, (l) => l.basis), `claims the sources want tested (openQuestion): ${d.links.filter((l) => l.openQuestion).length}`);
console.log(`interventions: ${d.interventions.length}`, count(d.interventions, (i) => i.evidence.strength));
console.log(`gaps: ${d.gaps.length}`);
console.log(`named loops: ${d.loops?.length ?? 0}`);
for (const loop of search.loops.filter((l) => l.named)) {
  const inferred = loop.links.filter((id) => basisOf.get(id) === 'inferred').length;
  console.log(`  ${loop.id}: ${loop.kind}, ${loop.links.length} links, ${inferred} inferred`);
}
console.log(
  `cycles among factors (named and found, up to ${search.maxLength} long${search.truncated ? ', search cut short' : ''}): ${search.loops.length}`,
  count(search.loops, (l) => l.kind),
);
const every = feedbackLoops(d, graph, { maxLength: d.factors.length, maxCount: 100_000 });
console.log(
  `cycles among factors (any length${every.truncated ? ', search cut short' : ''}): ${every.loops.length}`,
  count(every.loops, (l) => l.kind),
);
