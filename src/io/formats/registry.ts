import type { FileStart, FormatEntry } from './formatEntry';

/**
 * Every file format the map reads or writes, one entry each: a new format is its own module
 * (exporting `read` and/or `write`, see formatEntry.ts) and one line here. Detection, the importer
 * and exporter, the editor's picker and export list, their messages, FORMATS.md's table and the
 * round-trip and hostile-file tests all read this list. Each module loads only when used.
 */

const jsonObject = (start: FileStart) => start.text.startsWith('{');
const xmlRoot = (name: string) => (start: FileStart) => start.text.startsWith('<') && new RegExp(`<${name}[\\s>]`).test(start.text);
/** "PK": a zip, as .xlsx files are. */
const zip = (start: FileStart) => start.bytes?.[0] === 0x50 && start.bytes[1] === 0x4b;

export const FORMATS = [
  { id: 'dataset-json', label: 'dataset JSON', extensions: ['json'], mediaType: 'application/json', json: true, recognise: jsonObject, reads: 'our dataset JSON', writes: {}, carries: 'everything', load: () => import('./datasetJson') },
  { id: 'kumu-json', label: 'Kumu JSON', extensions: ['kumu.json', 'json'], mediaType: 'application/json', json: true, recognise: jsonObject, reads: 'a Kumu JSON export or blueprint', writes: { button: 'Kumu JSON' }, carries: 'everything', load: () => import('./kumuJson') },
  { id: 'csv', label: 'CSV', extensions: ['csv', 'tsv'], mediaType: 'text/csv', plainText: true, readsTogether: 'an elements file and a connections file', reads: 'Kumu-style CSV (elements and connections)', writes: { button: 'CSV (two files)' }, carries: 'graph and sources', load: () => import('./csv') },
  { id: 'gexf', label: 'GEXF', extensions: ['gexf'], mediaType: 'application/gexf+xml', recognise: xmlRoot('gexf'), contentExtensions: ['xml'], reads: 'GEXF', writes: { button: 'GEXF' }, carries: 'everything', load: () => import('./gexf') },
  { id: 'graphml', label: 'GraphML', extensions: ['graphml'], mediaType: 'application/graphml+xml', recognise: xmlRoot('graphml'), contentExtensions: ['xml'], reads: 'GraphML', writes: { button: 'GraphML' }, carries: 'everything', load: () => import('./graphml') },
  { id: 'xlsx', label: 'XLSX', extensions: ['xlsx'], mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', recognise: zip, reads: 'XLSX', writes: { button: 'XLSX' }, carries: 'graph and sources', load: () => import('./xlsx') },
  { id: 'dot', label: 'DOT (Graphviz)', extensions: ['dot', 'gv'], mediaType: 'text/vnd.graphviz', writes: { button: 'DOT (Graphviz)' }, load: () => import('./dot') },
] as const satisfies readonly FormatEntry[];

export type FormatId = (typeof FORMATS)[number]['id'];
/** The formats the map writes: exportDataset's choices. */
export type ExportFormat = Extract<(typeof FORMATS)[number], { writes: object }>['id'];
/** The formats the map reads: importFile's choices. */
export type ImportFormat = Extract<(typeof FORMATS)[number], { reads: string }>['id'];
/** The formats told apart only once parsed as JSON (jsonFlavour.ts). */
export type JsonFormat = Extract<(typeof FORMATS)[number], { json: true }>['id'];

type Registered<Id extends string = FormatId> = FormatEntry & { readonly id: Id };

const all: readonly Registered[] = FORMATS;
const byId = new Map(all.map((f) => [f.id, f]));

export const formatById = (id: FormatId): Registered => byId.get(id)!;

const reads = (f: Registered): f is Registered<ImportFormat> => f.reads !== undefined;
const writes = (f: Registered): f is Registered<ExportFormat> => f.writes !== undefined;

/** The formats the map reads, in the registry's order. */
export const READ_FORMATS = all.filter(reads);
/** The formats the map writes. */
export const WRITE_FORMATS = all.filter(writes);
/** Formats the map both writes and reads back: the round-trip tests' list. */
export const ROUND_TRIP_FORMATS = WRITE_FORMATS.filter((f) => f.reads !== undefined);
