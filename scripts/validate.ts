/**
 * npm run validate -- <file.json> [--sources <dir>]
 * exit 0: valid (one-line summary); 1: invalid (every problem, located); 2: unreadable or not JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, formatIssue, checkQuotes, countCitations, type Dataset } from '../src/model';
import { parseJsonText } from '../src/io/jsonText';

function usage(): never {
  console.error('Usage: npm run validate -- <dataset.json> [--sources <folder of source texts>]');
  process.exit(2);
}

const args = process.argv.slice(2);
const sourcesFlag = args.indexOf('--sources');
const sourcesDir = sourcesFlag >= 0 ? args[sourcesFlag + 1] : undefined;
if (sourcesFlag >= 0 && !sourcesDir) usage();
const file = args.find((arg, i) => !arg.startsWith('--') && (sourcesFlag < 0 || i !== sourcesFlag + 1));
if (!file) usage();

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot read the file (${(error as Error).message}). Check the path.`);
  process.exit(2);
}

const json = parseJsonText(text);
if (!json.ok) {
  console.error(`${file}:${json.line}:${json.column}: ${json.message}. Fix the JSON syntax there (a missing comma, quote or bracket is usual).`);
  process.exit(2);
}

const result = parseDataset(json.value);
let problems = result.ok ? [] : result.issues;
if (result.ok && sourcesDir) problems = checkQuotes(result.dataset, readSourceTexts(result.dataset, sourcesDir));

if (problems.length > 0) {
  for (const issue of problems) console.error(`${file}: ${formatIssue(issue)}`);
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}

const d = (result as { dataset: Dataset }).dataset;
const counts = countCitations(d);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const checked = sourcesDir
  ? `${plural(counts.checkable, 'citation')} checked word for word against local sources`
  : `${plural(counts.checkable, 'quote')} not checked (add --sources <folder> to check them word for word)`;
const unchecked = [
  `${plural(counts.summaries, 'summary', 'summaries')} of external sources that cannot be checked here`,
  counts.quotesWithoutText > 0 ? `${plural(counts.quotesWithoutText, 'quote')} from sources with no text file here` : null,
]
  .filter(Boolean)
  .join(', ');
console.log(
  `${file}: valid: ${d.factors.length} factors, ${d.links.length} links, ${d.interventions.length} interventions, ${d.gaps.length} gaps, ${d.loops?.length ?? 0} loops, ${d.sources.length} sources; ${checked}; ${unchecked}.`,
);

function readSourceTexts(dataset: Dataset, dir: string): Map<string, string | undefined> {
  const texts = new Map<string, string | undefined>();
  for (const source of dataset.sources) {
    if (!source.file) continue;
    try {
      texts.set(source.file, readFileSync(join(dir, source.file), 'utf8'));
    } catch {
      texts.set(source.file, undefined);
    }
  }
  return texts;
}
