import { loadParseDataset, type Dataset, type DatasetIssue } from '../model';
import { readJsonText } from './readJsonText';

export type LoadOutcome =
  | { ok: true; dataset: Dataset }
  | { ok: false; message: string; issues: DatasetIssue[] };

/** Kumu's JSON (a project export or a blueprint): elements, and neither our meta nor our factors. */
const isKumuShaped = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as Record<string, unknown>).elements) && !('meta' in value) && !('factors' in value);

/**
 * A fetched JSON file's text to a validated dataset: our own format through parseDataset, Kumu's
 * through the importer. Pure of the page, so it runs in the import worker for a large file.
 */
export async function datasetFromText(text: string, name: string, href: string): Promise<LoadOutcome> {
  const json = await readJsonText(text);
  if (!json.ok) return { ok: false, message: `${href} is ${json.message}.`, issues: [] };
  if (isKumuShaped(json.value)) {
    const { importFile } = await import('./import/importFile');
    const outcome = await importFile(name, text);
    return outcome.ok ? { ok: true, dataset: outcome.dataset } : { ok: false, message: outcome.message, issues: outcome.issues };
  }
  const parseDataset = await loadParseDataset();
  const parsed = parseDataset(json.value);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return { ok: false, message: `${href} is not a valid dataset: ${n} problem${n === 1 ? '' : 's'} found.`, issues: parsed.issues };
  }
  return { ok: true, dataset: parsed.dataset };
}
