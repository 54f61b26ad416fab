import { parseDataset, type DatasetIssue } from '../../model';
import { MAX_DATASET_BYTES, tooLargeMessage } from '../sizeLimit';
import { parseJsonText } from '../jsonText';
import type { GraphTable } from '../formats/graphTable';
import { emptyReport, plural, unreadable, type ImportOutcome } from './importReport';
import { tableToDataset, type ImportOptions } from './tableToDataset';
import { detectFormat, type ImportFormat } from '../detectFormat';
import type { ImportProgress } from './importLimits';

/**
 * The one way in for a file of any format the map reads, for the file picker, drag-and-drop and
 * `?data=`: it picks the reader by the file's name (or, failing that, its first characters),
 * loads that reader only when needed (dynamic import), and never throws: an unreadable or
 * invalid file gives located problems and no dataset.
 */

export { detectFormat, type ImportFormat } from '../detectFormat';

export interface ImportInput {
  name: string;
  content: string | ArrayBuffer | Uint8Array;
}

const bytesOf = (content: ImportInput['content']) => (typeof content === 'string' ? undefined : content instanceof Uint8Array ? content : new Uint8Array(content));
const sizeOf = (content: ImportInput['content']) => (typeof content === 'string' ? content.length : content.byteLength);

/** Text, without a byte-order mark (TextDecoder drops it; a string may still carry it). */
function textOf(content: ImportInput['content']): string {
  const bytes = bytesOf(content);
  return bytes ? new TextDecoder().decode(bytes) : content.toString().replace(/^\uFEFF/, '');
}

async function readTable(files: ImportInput[], format: ImportFormat, progress: ImportProgress = () => {}): Promise<GraphTable | { error: string; where: string }> {
  const [first] = files as [ImportInput];
  switch (format) {
    case 'csv': {
      const { fromCsv } = await import('../formats/csv');
      return fromCsv(files.map((f) => ({ name: f.name, text: textOf(f.content) })), progress);
    }
    case 'xlsx': {
      const { fromXlsx } = await import('../formats/xlsx');
      const bytes = bytesOf(first.content);
      return bytes ? fromXlsx(bytes, first.name, progress) : { where: first.name, error: 'an Excel workbook is binary: read the file as bytes, not text' };
    }
    case 'gexf': {
      const { fromGexf } = await import('../formats/gexf');
      return fromGexf(textOf(first.content), first.name);
    }
    case 'graphml': {
      const { fromGraphml } = await import('../formats/graphml');
      return fromGraphml(textOf(first.content), first.name);
    }
    default: {
      const { fromKumuJson } = await import('../formats/kumuJson');
      const json = parseJsonText(textOf(first.content));
      return json.ok ? fromKumuJson(json.value, first.name) : { where: first.name, error: `it is ${json.message}` };
    }
  }
}

/** Our own dataset JSON: no mapping, only the same validation as any dataset. */
function fromDatasetJson(value: unknown, fileName: string): ImportOutcome {
  const parsed = parseDataset(value);
  const report = emptyReport('dataset JSON', fileName);
  if (!parsed.ok) return { ok: false, message: `${fileName} is not a valid dataset: ${plural(parsed.issues.length, 'problem')} found. Nothing was changed.`, issues: parsed.issues, report };
  const d = parsed.dataset;
  report.mapped.push(`The whole dataset: ${plural(d.factors.length, 'factor')}, ${plural(d.links.length, 'link')}, ${plural(d.interventions.length, 'intervention')}, ${plural(d.sources.length, 'source')}.`);
  return { ok: true, dataset: d, report };
}

/**
 * Imports one file, or several that belong together (an elements CSV and a connections CSV).
 * JSON is our dataset when it has `meta` or `factors`, else Kumu's (project export or blueprint).
 */
export async function importFiles(files: ImportInput[], options: ImportOptions = {}): Promise<ImportOutcome> {
  const [first] = files;
  if (!first) return unreadable('(no file)', '(no file)', 'no file was given');
  const names = files.map((f) => f.name).join(' and ');
  const tooLarge = files.find((f) => sizeOf(f.content) > MAX_DATASET_BYTES);
  if (tooLarge) return unreadable(tooLarge.name, tooLarge.name, tooLargeMessage(tooLarge.name, sizeOf(tooLarge.content)));
  try {
    let format: ImportFormat | 'json' | undefined = detectFormat(first.name, first.content);
    if (format === undefined) return unreadable(first.name, first.name, 'its format is not one this map reads: use dataset or Kumu JSON, CSV, XLSX, GEXF or GraphML');
    if (files.length > 1 && format !== 'csv') return unreadable(names, names, 'only CSV files are read together (an elements file and a connections file): open the others one at a time');
    if (format === 'json') {
      const json = parseJsonText(textOf(first.content));
      if (!json.ok) return unreadable(first.name, `${first.name}, line ${json.line}, column ${json.column}`, `it is ${json.message}`);
      const value = json.value as Record<string, unknown> | null;
      if (value && typeof value === 'object' && !Array.isArray(value) && !('elements' in value) && ('meta' in value || 'factors' in value)) return fromDatasetJson(value, first.name);
      format = 'kumu-json';
    }
    options.onProgress?.(`Reading ${names}`);
    const table = await readTable(format === 'csv' ? files : [first], format, options.onProgress);
    if ('error' in table) return unreadable(names, table.where, table.error);
    return tableToDataset(table, options);
  } catch (error) {
    // The readers note what they cannot read; this is the last guard, so a bad file never breaks the page.
    const issue: DatasetIssue = { record: names, field: '', expected: `a readable file (the reader stopped: ${String((error as Error)?.message ?? error).slice(0, 200)})` };
    return { ok: false, message: `${names} could not be read.`, issues: [issue] };
  }
}

export const importFile = (name: string, content: ImportInput['content'], options: ImportOptions = {}): Promise<ImportOutcome> =>
  importFiles([{ name, content }], options);
