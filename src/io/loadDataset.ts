import { parseDataset, type Dataset, type DatasetIssue } from '../model';
import { fetchText, type Progress } from './fetchText';
import { readJsonText } from './readJsonText';

export type LoadOutcome =
  | { ok: true; dataset: Dataset }
  | { ok: false; message: string; issues: DatasetIssue[] };

/** Fetches, parses and validates a dataset: the map only ever sees a dataset that passed. */
export async function loadDataset(url: URL, onProgress: (p: Progress) => void): Promise<LoadOutcome> {
  const fetched = await fetchText(url, onProgress);
  if (!fetched.ok) return { ok: false, message: fetched.message, issues: [] };
  const json = await readJsonText(fetched.text);
  if (!json.ok) {
    return { ok: false, message: `${url.href} is ${json.message}.`, issues: [] };
  }
  const parsed = parseDataset(json.value);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return { ok: false, message: `${url.href} is not a valid dataset: ${n} problem${n === 1 ? '' : 's'} found.`, issues: parsed.issues };
  }
  return { ok: true, dataset: parsed.dataset };
}
