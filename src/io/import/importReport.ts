import { NOT_MAP_GRANTS } from '../grants/recognise';
import type { Dataset, DatasetIssue } from '../../model';
import type { Attributes } from '../formats/graphTable';

/** One thing an import could not carry into the dataset, located in the file, and why. */
export interface ImportProblem {
  /** Where in the file: `connections[12] "conn-x"`, `elements sheet, row 4`, `loops "26A"`. */
  where: string;
  message: string;
}

/**
 * What an import did, for the preview a researcher reads before accepting it: what it mapped,
 * what it assumed, what it could not map and why, and the file's fields the dataset has no place
 * for, kept here (by record id) rather than dropped.
 */
export interface ImportReport {
  format: string;
  fileName: string;
  mapped: string[];
  assumed: string[];
  notMapped: ImportProblem[];
  /** Attributes the dataset schema has no field for, by the id of the record they belong to. */
  unknownAttributes: {
    factors: Record<string, Attributes>;
    interventions: Record<string, Attributes>;
    links: Record<string, Attributes>;
  };
}

export type ImportOutcome =
  | { ok: true; dataset: Dataset; report: ImportReport }
  | { ok: false; message: string; issues: DatasetIssue[]; report?: ImportReport; grantsFile?: true };

export function emptyReport(format: string, fileName: string): ImportReport {
  return { format, fileName, mapped: [], assumed: [], notMapped: [], unknownAttributes: { factors: {}, interventions: {}, links: {} } };
}

/** An import that failed before there was a dataset to check: the file itself is unreadable. */
export function unreadable(fileName: string, where: string, message: string): ImportOutcome {
  return {
    ok: false,
    message: `${fileName} could not be read: ${message}`,
    // The reader's message says what is wrong ("it is not well-formed XML") and the issue line reads
    // "<where>: expected …", so the line says what was expected, then what is wrong.
    issues: [{ record: where, field: '', expected: `a file this map can read, but ${message}` }],
  };
}

/** A 360Giving grants file given to the map's import: said plainly, and marked so the editor can offer the Grants view. */
export function grantsFileOutcome(fileName: string, where: string): ImportOutcome {
  return {
    ok: false,
    grantsFile: true,
    message: `${fileName} is not a map: ${NOT_MAP_GRANTS}. Nothing was changed.`,
    issues: [{ record: where, field: '', expected: `a map, but ${NOT_MAP_GRANTS}` }],
  };
}
