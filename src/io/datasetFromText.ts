import { loadParseDataset, type Dataset, type DatasetIssue } from '../model';
import { readJsonText } from './readJsonText';
import { jsonFlavour } from './formats/jsonFlavour';
import { plural } from '../model/plural';

export type LoadOutcome =
  | { ok: true; dataset: Dataset }
  | { ok: false; message: string; issues: DatasetIssue[] };

/** The one outcome of a load the person cancelled. */
export const cancelledLoad = (name: string): LoadOutcome => ({ ok: false, message: `Opening ${name} was cancelled, so nothing was opened.`, issues: [] });

/**
 * A fetched JSON file's text to a validated dataset: our own format through parseDataset, Kumu's
 * through the importer, told apart by the same rule as the file picker (jsonFlavour). Pure of the
 * page, so it runs in the import worker for a large file.
 */
export async function datasetFromText(text: string, name: string, href: string): Promise<LoadOutcome> {
  const json = await readJsonText(text);
  if (!json.ok) return { ok: false, message: `${href} is ${json.message}.`, issues: [] };
  if (jsonFlavour(json.value) === 'kumu-json') {
    const { importFile } = await import('./import/importFile');
    const outcome = await importFile(name, text);
    return outcome.ok ? { ok: true, dataset: outcome.dataset } : { ok: false, message: outcome.message, issues: outcome.issues };
  }
  const parseDataset = await loadParseDataset();
  const parsed = parseDataset(json.value);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return { ok: false, message: `${href} is not a valid dataset: ${plural(n, 'problem')} found.`, issues: parsed.issues };
  }
  return { ok: true, dataset: parsed.dataset };
}
