/**
 * npx tsx bench/what-if-figures.ts [dataset.json]
 *
 * What each intervention alone does to the outcome in the what-if, by the old method and the new:
 * - before: the unweighted push, squashed by tanh into −1…1 (the method until issue 9). The raw,
 *   unweighted sum is exactly the new `structure` push, so tanh of it is the old figure;
 * - after: the evidence-weighted push as a share of the largest any single intervention gives
 *   the outcome, and the same share with the weighting switched off (the map's structure alone).
 * Prints a table and how far apart the interventions are (the spread the old method squashed).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFactorGraph, pushTable, shareOn } from '../src/analysis';
import { parseDataset } from '../src/model';

const file = process.argv[2] ?? fileURLToPath(new URL('../data/reoffending-map.json', import.meta.url));
const parsed = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) throw new Error(`${file} is not a valid dataset: run npm run validate -- ${file}`);
const dataset = parsed.dataset;
const graph = buildFactorGraph(dataset);
const outcome = dataset.meta.outcome;
const evidence = pushTable(dataset, graph, 'evidence');
const structure = pushTable(dataset, graph, 'structure');

const rows = dataset.interventions.map((i) => ({
  id: i.id,
  evidence: i.evidence.strength,
  before: Math.tanh(structure.raw.get(i.id)?.get(outcome) ?? 0),
  weighted: shareOn(evidence, [i.id], outcome),
  structural: shareOn(structure, [i.id], outcome),
}));
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(2)}`;
const pad = (text: string, width: number) => text.padEnd(width);
const idWidth = Math.max(12, ...rows.map((r) => r.id.length));
console.log(`What-if on “${outcome}”, each intervention funded alone (${file}):`);
console.log(`${pad('intervention', idWidth)}  ${pad('evidence', 9)}  before (tanh)  after (weighted share)  after (structure share)`);
for (const r of rows) {
  console.log(`${pad(r.id, idWidth)}  ${pad(r.evidence, 9)}  ${pad(signed(r.before), 13)}  ${pad(signed(r.weighted), 21)}  ${signed(r.structural)}`);
}
const spread = (values: number[]) => {
  const nonZero = values.filter((v) => Math.abs(v) >= 0.01).map(Math.abs);
  return nonZero.length ? `${Math.min(...nonZero).toFixed(2)}…${Math.max(...nonZero).toFixed(2)} (max/min ${(Math.max(...nonZero) / Math.min(...nonZero)).toFixed(1)}×)` : 'none';
};
console.log(`Range of non-zero sizes: before ${spread(rows.map((r) => r.before))}; after, weighted ${spread(rows.map((r) => r.weighted))}; after, structure ${spread(rows.map((r) => r.structural))}`);
const within = rows.filter((r) => Math.abs(r.before) >= 0.78 && Math.abs(r.before) <= 0.89).length;
console.log(`Interventions whose old figure lay between 0.78 and 0.89: ${within} of ${rows.length}`);
