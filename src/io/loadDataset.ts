import { parseDataset, type Dataset, type DatasetIssue } from '../model';
import { fetchText, type Progress } from './fetchText';
import { readJsonText } from './readJsonText';

export type LoadOutcome =
  | { ok: true; dataset: Dataset }
  | { ok: false; message: string; issues: DatasetIssue[] };

/** The file name an address ends in, for choosing a reader: ".../map.gexf?x=1" → "map.gexf". */
const fileNameOf = (url: URL) => decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.hostname;

/** A file another tool wrote, by its name or first bytes: read by the importer, not as our JSON. */
function otherFormat(name: string, bytes: Uint8Array | undefined, text: string): boolean {
  if (/\.(csv|tsv|xlsx|gexf|graphml)$/i.test(name)) return true;
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b) return true; // "PK": a zip, as .xlsx files are
  return /^\s*<(\?xml[^>]*>\s*)?(gexf|graphml)[\s>]/.test(text.slice(0, 2000));
}

/** Kumu's JSON (a project export or a blueprint): elements, and neither our meta nor our factors. */
const isKumuShaped = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as Record<string, unknown>).elements) && !('meta' in value) && !('factors' in value);

/**
 * Fetches, parses and validates a dataset: the map only ever sees a dataset that passed. A map in
 * another tool's format (Kumu JSON, CSV, XLSX, GEXF, GraphML) goes through the same importer as
 * the file picker, loaded only then, and is validated the same way.
 */
export async function loadDataset(url: URL, onProgress: (p: Progress) => void): Promise<LoadOutcome> {
  const fetched = await fetchText(url, onProgress);
  if (!fetched.ok) return { ok: false, message: fetched.message, issues: [] };
  const name = fileNameOf(url);
  if (otherFormat(name, fetched.bytes, fetched.text)) return importOther(name, fetched.bytes ?? fetched.text);
  const json = await readJsonText(fetched.text);
  if (!json.ok) {
    return { ok: false, message: `${url.href} is ${json.message}.`, issues: [] };
  }
  if (isKumuShaped(json.value)) return importOther(name, fetched.text);
  const parsed = parseDataset(json.value);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return { ok: false, message: `${url.href} is not a valid dataset: ${n} problem${n === 1 ? '' : 's'} found.`, issues: parsed.issues };
  }
  return { ok: true, dataset: parsed.dataset };
}

async function importOther(name: string, content: string | Uint8Array): Promise<LoadOutcome> {
  const { importFile } = await import('./import/importFile');
  const outcome = await importFile(name, content);
  if (!outcome.ok) return { ok: false, message: outcome.message, issues: outcome.issues };
  return { ok: true, dataset: outcome.dataset };
}
