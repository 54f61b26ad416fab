import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkQuotes, countCitations, formatIssue, parseDataset, parseStory, sourceFiles, STORY_FORMAT, type Dataset } from '../../src/model';
import { parseJsonText } from '../../src/io/jsonText';
import { MAX_DATASET_BYTES, tooLargeMessage } from '../../src/io/sizeLimit';

/**
 * The command-line validator's whole verdict on one file, as exit code and lines, so the CLI,
 * the hostile-corpus figures and the tests all use one implementation.
 *
 * A story file is recognised by its `format` and checked as the map checks a story.
 *
 * Exit codes: 0 valid; 1 not a valid dataset or story (every problem, quotes included, located);
 * 2 unreadable, too large or not JSON.
 */
export interface Verdict {
  code: 0 | 1 | 2;
  out: string[];
  err: string[];
}

/**
 * Where quotes are checked against: a folder of source texts, or `beside` for each source's `file`
 * read from the dataset file's own folder; `none` leaves them unchecked (and says so).
 */
export type SourcesOption = { kind: 'none' } | { kind: 'folder'; folder: string } | { kind: 'beside' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const HOW_TO_CHECK = 'add --sources <folder of source texts>, or --sources alone to read each source\'s file beside the dataset';

function readSourceTexts(input: unknown, folder: string): Map<string, string | undefined> {
  const texts = new Map<string, string | undefined>();
  for (const { file } of sourceFiles(input)) {
    try {
      texts.set(file, readFileSync(join(folder, file), 'utf8'));
    } catch {
      texts.set(file, undefined);
    }
  }
  return texts;
}

export function validateFile(file: string, sources: SourcesOption = { kind: 'none' }): Verdict {
  let text: string;
  try {
    // The size is checked before the file is read, as the browser checks it before parsing.
    const size = statSync(file).size;
    if (size > MAX_DATASET_BYTES) return { code: 2, out: [], err: [tooLargeMessage(file, size)] };
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { code: 2, out: [], err: [`${file}: cannot read the file (${(error as Error).message}). Check the path.`] };
  }

  const json = parseJsonText(text);
  if (!json.ok) {
    return {
      code: 2,
      out: [],
      err: [`${file}:${json.line}:${json.column}: ${json.message}. Fix the JSON syntax there (a missing comma, quote or bracket is usual).`],
    };
  }

  // A story names its format; a file with a format or steps but no meta is read as a (broken) story.
  const value = json.value as { format?: unknown; steps?: unknown; meta?: unknown } | null;
  const looksLikeStory = value !== null && typeof value === 'object' && (value.format === STORY_FORMAT || (value.meta === undefined && (value.format !== undefined || value.steps !== undefined)));
  if (looksLikeStory) return validateStory(file, value);

  // The structure and the quotes are checked side by side, on whatever records can be read, so
  // a made-up quote is reported even in a file with other problems.
  const result = parseDataset(json.value);
  const folder = sources.kind === 'folder' ? sources.folder : sources.kind === 'beside' ? dirname(file) : null;
  const quoteProblems = folder === null ? [] : checkQuotes(json.value, readSourceTexts(json.value, folder));
  const problems = [...(result.ok ? [] : result.issues), ...quoteProblems];
  const where = sources.kind === 'folder' ? `the sources in ${sources.folder}` : `the sources beside ${file}`;

  if (problems.length > 0) {
    const quoteNote = folder === null ? `quotes were not checked (${HOW_TO_CHECK})` : `quotes were checked against ${where}`;
    return {
      code: 1,
      out: [],
      err: [
        ...problems.map((issue) => `${file}: ${formatIssue(issue)}`),
        `${file}: ${plural(problems.length, 'problem')} found; ${quoteNote}.`,
      ],
    };
  }

  const d = (result as { dataset: Dataset }).dataset;
  const counts = countCitations(d);
  const checked =
    folder === null
      ? `${plural(counts.checkable, 'quote')} NOT checked (${HOW_TO_CHECK})`
      : `${plural(counts.checkable, 'citation')} checked word for word against ${where}`;
  const unchecked = [
    `${plural(counts.summaries, 'summary', 'summaries')} of external sources that cannot be checked here`,
    counts.quotesWithoutText > 0 ? `${plural(counts.quotesWithoutText, 'quote')} from sources with no text file here` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const verdict = folder === null ? 'structure valid, quotes not checked' : 'valid, quotes checked';
  return {
    code: 0,
    out: [
      `${file}: ${verdict}: ${d.factors.length} factors, ${d.links.length} links, ${d.interventions.length} interventions, ${d.gaps.length} gaps, ${d.loops?.length ?? 0} loops, ${d.sources.length} sources; ${checked}; ${unchecked}.`,
    ],
    err: [],
  };
}

/** A story file (`"format": "reoffending-map-story"`): the same checks the map makes when it opens one. */
function validateStory(file: string, value: unknown): Verdict {
  const result = parseStory(value);
  if (!result.ok) {
    return {
      code: 1,
      out: [],
      err: [...result.issues.map((issue) => `${file}: ${formatIssue(issue)}`), `${file}: ${plural(result.issues.length, 'problem')} found in this story.`],
    };
  }
  const { story } = result;
  const quotes = story.steps.reduce((n, step) => n + (step.citations?.length ?? 0), 0);
  return {
    code: 0,
    out: [
      `${file}: story structure valid, not checked against a dataset: ${plural(story.steps.length, 'step')}, ${plural(quotes, 'citation')}; its views and citations are checked against the map's dataset when it is played.`,
    ],
    err: [],
  };
}
