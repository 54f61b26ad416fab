/**
 * npx tsx bench/domain-reach-counts.ts [dataset.json]
 * For each domain and stage: how many interventions the filter showed by their own domain or stages
 * (before issue 9) and how many it shows by reach (their own, or that of any factor they act on).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NO_FILTER, buildMapGraph, buildReachIndex, filterView } from '../src/analysis';
import { parseDataset } from '../src/model';

const file = process.argv[2] ?? fileURLToPath(new URL('../data/reoffending-map.json', import.meta.url));
const parsed = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) throw new Error(`${file} is not a valid dataset: run npm run validate -- ${file}`);
const dataset = parsed.dataset;
const graph = buildMapGraph(dataset);
const reach = buildReachIndex(dataset);
console.log(`Interventions shown per filter value (${file}): own → by reach`);
for (const domain of dataset.vocabularies.domains) {
  const own = dataset.interventions.filter((i) => i.domain === domain.id).length;
  const byReach = filterView(dataset, graph, { ...NO_FILTER, domains: [domain.id] }, reach).interventionsShown;
  console.log(`  domain=${domain.id}: ${own} → ${byReach}`);
}
for (const stage of dataset.vocabularies.stages) {
  const own = dataset.interventions.filter((i) => i.stages.includes(stage.id)).length;
  const byReach = filterView(dataset, graph, { ...NO_FILTER, stages: [stage.id] }, reach).interventionsShown;
  console.log(`  stage=${stage.id}: ${own} → ${byReach}`);
}
