/**
 * npm run layout -- <dataset.json>
 * Recomputes the map's published layout (`positions`: x, y for every factor and intervention) from
 * the dataset alone, with the project's own layout, and writes it back into the file. The rest of
 * the file is left exactly as it was. Deterministic: run it twice, get the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDataset, formatIssue } from '../src/model';
import { parseJsonText } from '../src/io/jsonText';
import { settledPositions } from '../src/map/layout/datasetLayout';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run layout -- <dataset.json>');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const json = parseJsonText(text);
if (!json.ok) {
  console.error(`${file}:${json.line}:${json.column}: ${json.message}. Fix the JSON there first.`);
  process.exit(2);
}
const parsed = parseDataset(json.value);
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`${file}: ${formatIssue(issue)}`);
  console.error('Fix these first (npm run validate says the same).');
  process.exit(1);
}
// A fresh layout ignores the old positions: it is computed from the factors, links and interventions.
const fresh = settledPositions({ ...parsed.dataset, positions: undefined });
const round = (v: number) => Math.round(v * 10) / 10;
const positions = Object.fromEntries([...fresh].map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]));
const raw = json.value as Record<string, unknown>;
writeFileSync(file, `${JSON.stringify({ ...raw, positions }, null, 2)}\n`);
console.log(`${file}: wrote positions for ${fresh.size} nodes.`);
