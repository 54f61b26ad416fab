import type { Dataset } from '../../model';
import { datasetToTable } from './datasetToTable';

/**
 * The one way out for the export dialog: the dataset in a format another tool reads, as files
 * to download. Each writer loads only when used (dynamic import). Every export re-imports
 * through importFile; what each format cannot carry is listed in src/io/FORMATS.md.
 */

export type ExportFormat = 'dataset-json' | 'kumu-json' | 'csv' | 'xlsx' | 'gexf' | 'graphml';

export interface ExportedFile {
  name: string;
  mimeType: string;
  content: string | Uint8Array;
}

/** A file name from the dataset's title: "Reoffending map" → "reoffending-map". */
export function fileStem(dataset: Dataset): string {
  return dataset.meta.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'dataset';
}

export async function exportDataset(dataset: Dataset, format: ExportFormat): Promise<ExportedFile[]> {
  const stem = fileStem(dataset);
  const table = (name: string, label: string) => datasetToTable(dataset, label, name);
  switch (format) {
    case 'dataset-json':
      return [{ name: `${stem}.json`, mimeType: 'application/json', content: `${JSON.stringify(dataset, null, 2)}\n` }];
    case 'kumu-json': {
      const { toKumuJson } = await import('../formats/kumuJson');
      const name = `${stem}.kumu.json`;
      return [{ name, mimeType: 'application/json', content: toKumuJson(table(name, 'Kumu JSON')) }];
    }
    case 'csv': {
      const { toCsv } = await import('../formats/csv');
      const { elements, connections, sources } = toCsv(table(`${stem}.csv`, 'CSV'));
      return [
        { name: `${stem}-elements.csv`, mimeType: 'text/csv', content: elements },
        { name: `${stem}-connections.csv`, mimeType: 'text/csv', content: connections },
        ...(sources === undefined ? [] : [{ name: `${stem}-sources.csv`, mimeType: 'text/csv', content: sources }]),
      ];
    }
    case 'xlsx': {
      const { toXlsx } = await import('../formats/xlsx');
      const name = `${stem}.xlsx`;
      return [{ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await toXlsx(table(name, 'XLSX')) }];
    }
    case 'gexf': {
      const { toGexf } = await import('../formats/gexf');
      const name = `${stem}.gexf`;
      return [{ name, mimeType: 'application/gexf+xml', content: toGexf(table(name, 'GEXF')) }];
    }
    case 'graphml': {
      const { toGraphml } = await import('../formats/graphml');
      const name = `${stem}.graphml`;
      return [{ name, mimeType: 'application/graphml+xml', content: toGraphml(table(name, 'GraphML')) }];
    }
  }
}
