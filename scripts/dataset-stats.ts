/**
 * npm run dataset-stats -- [dataset.json]
 * Prints the figures the dataset audit (issue 14) speaks of, so anyone can measure them before and
 * after a change: factors; links stated and inferred, and those marked as claims to test; interventions
 * by evidence level; gaps; named loops with how many of their links are inferred; and every feedback
 * cycle among factors (up to 8 long), reinforcing and balancing; and, for issue 16, the research behind
 * the ratings (external sources, summaries, intervention types with research, findings of no clear
 * effect or harm) and the top and bottom of the leverage ranking with no filter; and, for issue 22,
 * how many interventions have an effect on reoffending as data, a cost and a value-for-money figure,
 * their impact ratings and cost bands, and which are left "not known".
 */
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/model';
import { buildFactorGraph, costOf, feedbackLoops, impactOf, rankByLeverage } from '../src/analysis';
import { factorBetweenness } from '../src/analysis/centrality';
import { costPerPersonKept } from '../src/analysis/costPerPersonKept';

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

const external = new Set(d.sources.filter((s) => s.external).map((s) => s.id));
const researched = d.interventions.filter((i) => i.evidence.citations.some((c) => external.has(c.source)));
const findings = new Set(
  [...d.factors.flatMap((f) => f.citations), ...d.links.flatMap((l) => l.citations), ...d.interventions.flatMap((i) => i.evidence.citations), ...d.gaps.flatMap((g) => g.citations)]
    .filter((c) => c.finding !== undefined)
    .map((c) => `${c.source}\u0000${c.finding}`),
);
const noEffectOrHarm = new Set(
  d.interventions.flatMap((i) => i.evidence.citations).filter((c) => c.direction === 'no-clear-effect' || c.direction === 'increases').map((c) => `${c.source}\u0000${c.finding}`),
);
console.log(`external sources: ${external.size}; findings in our own words: ${findings.size}`);
console.log(
  `interventions with research findings: ${researched.length}, in ${new Set(researched.map((i) => i.type)).size} types; by direction`,
  count(d.interventions, (i) => i.evidence.direction ?? 'unrecorded'),
);
console.log(`findings of no clear effect or harm: ${noEffectOrHarm.size}`);
const ranked = rankByLeverage(d, new Set(d.interventions.map((i) => i.id)), search.loops, factorBetweenness(graph));
console.log('leverage, no filter (top 5, then every score of 0 or below):');
for (const row of ranked.slice(0, 5)) console.log(`  ${row.score} ${row.label} (${row.evidence})`);
for (const row of ranked.filter((r) => r.score <= 0)) console.log(`  ${row.score} ${row.label} (${row.evidence}, ${d.interventions.find((i) => i.id === row.id)?.evidence.direction})`);

const estimated = d.interventions.filter((i) => impactOf(i).findings.length > 0);
const costed = d.interventions.filter((i) => i.cost);
const valued = d.interventions.filter((i) => (i.valueForMoney?.length ?? 0) > 0);
const perPerson = d.interventions.filter((i) => costPerPersonKept(i, (id) => id));
const names = (list: typeof d.interventions) => list.map((i) => i.id).join(', ') || 'none';
console.log(`interventions with a structured effect on reoffending: ${estimated.length} of ${d.interventions.length}`);
console.log('  impact ratings', count(d.interventions, (i) => impactOf(i).level));
console.log(`  impact not known: ${names(d.interventions.filter((i) => impactOf(i).level === 'not-known'))}`);
console.log(`interventions with a cost per participant: ${costed.length}`, count(costed, (i) => costOf(i).band ?? `not banded (${i.cost?.currency})`));
console.log(`  cost not known: ${names(d.interventions.filter((i) => !i.cost))}`);
console.log(`interventions with a benefit-cost ratio: ${valued.length} (${names(valued)})`);
console.log(`interventions with a cost per person kept from reoffending: ${perPerson.length} (${names(perPerson)})`);
console.log(`what is at stake (stakes[]): ${d.stakes?.length ?? 0}`);
