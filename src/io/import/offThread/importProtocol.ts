import type { ImportOutcome } from '../importReport';

/** One import, sent to the import worker: the files (bytes transferred, not copied) and the date. */
export interface ImportRequest {
  files: Array<{ name: string; content: ArrayBuffer | string }>;
  today?: string;
}

export type ImportReply = { type: 'progress'; message: string } | { type: 'done'; outcome: ImportOutcome };
