import type { Dataset } from '../../model';
import { datasetToTable } from './datasetToTable';
import { formatById, type ExportFormat } from '../formats/registry';

/**
 * The one way out for the export dialog: the dataset in a format another tool reads, as files
 * to download, by the format registry (formats/registry.ts). Each writer loads only when used
 * (dynamic import). What each format carries, and which re-import, is in src/io/FORMATS.md.
 */

export type { ExportFormat } from '../formats/registry';

export interface ExportedFile {
  name: string;
  mimeType: string;
  content: string | Uint8Array;
}

/** A file name from the dataset's title: "Reoffending map" → "reoffending-map". */
export function fileStem(dataset: Dataset): string {
  return dataset.meta.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'dataset';
}

export async function exportDataset(dataset: Dataset, id: ExportFormat): Promise<ExportedFile[]> {
  const format = formatById(id);
  const stem = fileStem(dataset);
  const extension = format.extensions[0]!;
  const name = `${stem}.${extension}`;
  const { write } = await format.load();
  const written = await write!({ dataset, table: () => datasetToTable(dataset, format.label, name) });
  const file = (fileName: string, content: string | Uint8Array): ExportedFile => ({ name: fileName, mimeType: format.mediaType, content });
  if (typeof written === 'string' || written instanceof Uint8Array) return [file(name, written)];
  return written.map((part) => file(`${stem}-${part.part}.${extension}`, part.content));
}
