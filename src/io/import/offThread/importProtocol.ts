import type { ImportOutcome } from '../importReport';
import type { LoadOutcome } from '../../datasetFromText';

/**
 * What the import worker is asked: files to import (bytes transferred, not copied), or a large
 * JSON file's text to read and validate as a dataset.
 */
export type OffThreadRequest =
  | { type: 'import'; files: Array<{ name: string; content: ArrayBuffer | string }>; today?: string }
  | { type: 'dataset'; text: string; name: string; href: string };

export type ImportReply = { type: 'progress'; message: string } | { type: 'done'; outcome: ImportOutcome | LoadOutcome };
