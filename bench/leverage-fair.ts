/**
 * npx tsx bench/leverage-fair.ts [dataset.json]
 * The leverage ranking's top five with fair ranking off (the score before issue 9) and on (the
 * default since): reach through the outcome factor itself left out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFactorGraph, feedbackLoops, rankByLeverage } from '../src/analysis';
import { factorBetweenness } from '../src/analysis/centrality';
import { parseDataset } from '../src/model';

const file = process.argv[2] ?? fileURLToPath(new URL('../data/reoffending-map.json', import.meta.url));
const parsed = parseDataset(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) throw new Error(`${file} is not a valid dataset: run npm run validate -- ${file}`);
const dataset = parsed.dataset;
const graph = buildFactorGraph(dataset);
const { loops } = feedbackLoops(dataset, graph);
const betweenness = factorBetweenness(graph);
const all = new Set(dataset.interventions.map((i) => i.id));
for (const fair of [false, true]) {
  const rows = rankByLeverage(dataset, all, loops, betweenness, { fair });
  console.log(`Fair ranking ${fair ? 'on' : 'off'} (${file}):`);
  rows.slice(0, 5).forEach((r, i) => console.log(`  ${i + 1}. ${r.id}: score ${r.score} (reach ${r.reach}, loops ${r.loops}, evidence ${r.evidence})${r.actsOnOutcome ? ' [acts on the outcome]' : ''}`));
  const flagged = rows.findIndex((r) => r.actsOnOutcome);
  if (flagged >= 0) console.log(`  an intervention acting on the outcome ranks ${flagged + 1} of ${rows.length}`);
}
