/**
 * One grant as the map reads it from a 360Giving file (JSON, CSV or XLSX): only what tagging and
 * the portfolio need, whatever extra columns the publisher added.
 */
export interface Grant {
  /** The 360Giving identifier, unique across all publishers (it keys the saved tags). */
  id: string;
  title: string;
  /** Empty when the file has none (many do). */
  description: string;
  amount: number;
  /** ISO 4217 code as the file gives it, upper-cased ("GBP"). */
  currency: string;
  /** ISO date (yyyy-mm-dd). */
  awardDate: string;
  recipient: string;
  funderId: string;
  funderName: string;
  /** The grant programme's title, when the file names one. */
  programme: string;
  /** Titles of the grant's classifications, when the file has any. */
  classifications: string[];
}

/** Where a problem is: the file, and within it the grant's row (or JSON index) and field. */
export interface GrantsProblem {
  file: string;
  /** 1-based: a spreadsheet's row number (the header is row 1) or the grant's place in the JSON list. */
  row?: number;
  field?: string;
  message: string;
}

export interface GrantsFile {
  fileName: string;
  grants: Grant[];
}

export type GrantsReadResult = { ok: true; file: GrantsFile } | { ok: false; problems: GrantsProblem[] };

/** "indigo.json, grant 12, amountAwarded: …": one line a person can find in their file. */
export function describeProblem(problem: GrantsProblem): string {
  const where = [problem.file, problem.row === undefined ? undefined : `row ${problem.row}`, problem.field].filter(Boolean).join(', ');
  return `${where}: ${problem.message}`;
}
