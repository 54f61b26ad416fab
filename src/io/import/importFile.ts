import { parseDataset, type DatasetIssue } from '../../model';
import { MAX_DATASET_BYTES, tooLargeMessage } from '../sizeLimit';
import { parseJsonText } from '../jsonText';
import { emptyReport, grantsFileOutcome, unreadable, type ImportOutcome } from './importReport';
import { isGrantsJson, looksLikeMapJson } from '../grants/recognise';
import { tableToDataset, type ImportOptions } from './tableToDataset';
import { detectFormat } from '../detectFormat';
import { sizeOf, textOf, type FileContent } from '../fileContent';
import { formatById } from '../formats/registry';
import { jsonFlavour } from '../formats/jsonFlavour';
import { NOT_READ, NOT_READ_TOGETHER } from '../formats/formatWords';
import type { ReadFile } from '../formats/formatEntry';
import { plural } from '../../model/plural';

/**
 * The one way in for a file of any format the map reads, for the file picker, drag-and-drop and
 * `?data=`: it picks the reader from the format registry by the file's name (or, failing that, its
 * first characters), loads that reader only when needed (dynamic import), and never throws: an
 * unreadable or invalid file gives located problems and no dataset.
 */

export { detectFormat } from '../detectFormat';
export type { ImportFormat } from '../formats/registry';

export interface ImportInput {
  name: string;
  content: FileContent;
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
 * JSON is our dataset or Kumu's (a project export or blueprint) by the one rule of jsonFlavour.
 */
export async function importFiles(files: ImportInput[], options: ImportOptions = {}): Promise<ImportOutcome> {
  const [first] = files;
  if (!first) return unreadable('(no file)', '(no file)', 'no file was given');
  const names = files.map((f) => f.name).join(' and ');
  const tooLarge = files.find((f) => sizeOf(f.content) > MAX_DATASET_BYTES);
  if (tooLarge) return unreadable(tooLarge.name, tooLarge.name, tooLargeMessage(tooLarge.name, sizeOf(tooLarge.content)));
  try {
    const detected = detectFormat(first.name, first.content);
    if (detected === undefined) return unreadable(first.name, first.name, NOT_READ);
    let read: [ReadFile, ...ReadFile[]] = [first, ...files.slice(1)];
    let format = detected === 'json' ? undefined : formatById(detected);
    if (files.length > 1 && !format?.readsTogether) return unreadable(names, names, NOT_READ_TOGETHER);
    if (!format) {
      const json = parseJsonText(textOf(first.content));
      if (!json.ok) return unreadable(first.name, `${first.name}, line ${json.line}, column ${json.column}`, `it is ${json.message}`);
      // A grants file read as our dataset would only say "meta: found nothing": say what it is instead.
      if (isGrantsJson(json.value) && !looksLikeMapJson(json.value)) return grantsFileOutcome(first.name, first.name);
      format = formatById(jsonFlavour(json.value));
      read = [{ ...first, json: json.value }];
    }
    options.onProgress?.(`Reading ${names}`);
    const { read: reader } = await format.load();
    const result = await reader!(read, options.onProgress ?? (() => {}));
    if ('error' in result) return result.grantsFile ? grantsFileOutcome(names, result.where) : unreadable(names, result.where, result.error);
    if ('datasetValue' in result) return fromDatasetJson(result.datasetValue, first.name);
    return tableToDataset(result, options);
  } catch (error) {
    // The readers note what they cannot read; this is the last guard, so a bad file never breaks the page.
    const issue: DatasetIssue = { record: names, field: '', expected: `a readable file (the reader stopped: ${String((error as Error)?.message ?? error).slice(0, 200)})` };
    return { ok: false, message: `${names} could not be read.`, issues: [issue] };
  }
}

export const importFile = (name: string, content: ImportInput['content'], options: ImportOptions = {}): Promise<ImportOutcome> =>
  importFiles([{ name, content }], options);
