import type { Dataset } from '../../model';
import type { FileContent } from '../fileContent';
import type { GraphTable } from './graphTable';
import type { ImportProgress } from '../import/importLimits';

/**
 * What the registry (registry.ts) knows of one file format: the facts every part of the app needs
 * without loading it (detection, the picker, the export list, messages, FORMATS.md), and `load`,
 * which fetches its reader and writer only when a file of its kind is opened or saved.
 */
export interface FormatEntry {
  /** The format's id, as exportDataset and the tests name it. */
  readonly id: string;
  /** Its name in messages, lists and FORMATS.md: "Kumu JSON". */
  readonly label: string;
  /** Names that decide the format ("csv" matches "map.CSV"); the first is the one written. */
  readonly extensions: readonly string[];
  readonly mediaType: string;
  /** How it is recognised from its first characters (and bytes) when its name says nothing. */
  readonly recognise?: (start: FileStart) => boolean;
  /** JSON, told apart from the other JSON format only once parsed (jsonFlavour.ts): detection says "json". */
  readonly json?: true;
  /** Names the picker also accepts, where only the content tells the format (GEXF saved as .xml). */
  readonly contentExtensions?: readonly string[];
  /** Text that no format recognises, under no telling name (or .txt), is read as this one. */
  readonly plainText?: true;
  /** Several files read as one map, and what they are: "an elements file and a connections file". */
  readonly readsTogether?: string;
  /** Whether the map reads it, and how the picker's help text names it. */
  readonly reads?: string;
  /** Whether the map writes it, and the label of its button in the editor's export list (none: saved elsewhere). */
  readonly writes?: { button?: string };
  /** What a re-import of our export brings back: everything, or the graph and sources (FORMATS.md says what is rebuilt). */
  readonly carries?: 'everything' | 'graph and sources';
  readonly load: () => Promise<FormatCode>;
}

/** The start of a file: its first characters without a byte-order mark or leading space, and its bytes when read as bytes. */
export interface FileStart {
  readonly text: string;
  readonly bytes: Uint8Array | undefined;
}

/** A file handed to a reader; `json` is its parsed value, for formats marked `json`. */
export interface ReadFile {
  readonly name: string;
  readonly content: FileContent;
  readonly json?: unknown;
}

/** A refusal says where the file cannot be read and why. */
export interface Refusal {
  error: string;
  where: string;
  /** The file is a 360Giving grants file: the import sends it to the Grants view. */
  grantsFile?: true;
}

/** A graph table to map into a dataset, our own dataset's value to validate as it is, or a refusal. */
export type ReadResult = GraphTable | { datasetValue: unknown } | Refusal;

/** Given one file, or several for a format that `readsTogether`. */
export type FormatReader = (files: readonly [ReadFile, ...ReadFile[]], progress: ImportProgress) => ReadResult | Promise<ReadResult>;

/** What a writer is given: the dataset, and the same dataset as a graph table (built only when asked for). */
export interface WriteInput {
  readonly dataset: Dataset;
  readonly table: () => GraphTable;
}

/** One file's content, or several files, each named by its part ("elements" → map-elements.csv). */
export type Written = string | Uint8Array | ReadonlyArray<{ part: string; content: string | Uint8Array }>;

export type FormatWriter = (input: WriteInput) => Written | Promise<Written>;

/** What a format's module exports for the registry. */
export interface FormatCode {
  read?: FormatReader;
  write?: FormatWriter;
}
