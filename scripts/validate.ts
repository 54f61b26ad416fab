/**
 * npm run validate -- <dataset or story .json> [--sources [<folder>]]
 * exit 0: valid (one-line summary saying whether quotes were checked); 1: invalid (every problem,
 * quotes included, located); 2: unreadable, too large or not JSON.
 * `--sources <folder>` checks quotes against the texts in that folder; `--sources` alone reads each
 * source's `file` from the dataset file's own folder.
 */
import { validateFile, type SourcesOption } from './validate/validateFile';

function usage(): never {
  console.error('Usage: npm run validate -- <dataset.json> [--sources [<folder of source texts>]]');
  console.error('  --sources <folder>  check every quote against the source texts in that folder');
  console.error("  --sources           check every quote against each source's file, read beside the dataset");
  process.exit(2);
}

const args = process.argv.slice(2);
let sources: SourcesOption = { kind: 'none' };
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--sources') {
    // A following argument is the folder unless it is another flag or the dataset itself.
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith('--') && !next.toLowerCase().endsWith('.json')) {
      sources = { kind: 'folder', folder: next };
      i++;
    } else sources = { kind: 'beside' };
  } else if (arg.startsWith('--')) usage();
  else files.push(arg);
}
if (files.length !== 1) usage();

const verdict = validateFile(files[0]!, sources);
for (const line of verdict.out) console.log(line);
for (const line of verdict.err) console.error(line);
process.exit(verdict.code);
