import { parseAmount, parseCurrency } from './grantAmounts';
import { parseAwardDate } from './grantDates';
import type { Grant, GrantsProblem } from './grant';

/** A grant's fields as found in the file, before checking: each reader fills this its own way. */
export interface RawGrant {
  id: unknown;
  title: unknown;
  description: unknown;
  amount: unknown;
  currency: unknown;
  awardDate: unknown;
  recipient: unknown;
  funderId: unknown;
  funderName: unknown;
  programme: unknown;
  classifications: unknown[];
}

/** The field names the problems name: the standard's JSON names, or the spreadsheet's titles. */
export type FieldNames = Record<'id' | 'amount' | 'currency' | 'awardDate' | 'funderName', string>;

export const JSON_FIELDS: FieldNames = {
  id: 'id',
  amount: 'amountAwarded',
  currency: 'currency',
  awardDate: 'awardDate',
  funderName: 'fundingOrganization name',
};

export const SHEET_FIELDS: FieldNames = {
  id: 'Identifier',
  amount: 'Amount Awarded',
  currency: 'Currency',
  awardDate: 'Award Date',
  funderName: 'Funding Org:Name',
};

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/**
 * The checked grant, or the problems with it. A grant needs an identifier, an amount, a currency,
 * an award date and a funder: the standard requires them and the portfolio cannot place money
 * without them. Title, description, recipient, programme and classifications may be missing.
 */
export function toGrant(raw: RawGrant, where: { file: string; row: number }, names: FieldNames): Grant | GrantsProblem[] {
  const problems: GrantsProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ ...where, field, message });
  const id = text(raw.id);
  if (!id) problem(names.id, 'every grant needs an identifier, and this one has none');
  const amount = parseAmount(raw.amount);
  if (amount === undefined) problem(names.amount, `expected an amount such as 10000 or "£10,000.00", found ${shown(raw.amount)}`);
  const currency = parseCurrency(raw.currency);
  if (!currency) problem(names.currency, `expected a three-letter currency code such as GBP, found ${shown(raw.currency)}`);
  const awardDate = parseAwardDate(raw.awardDate);
  if (!awardDate) problem(names.awardDate, `expected a date such as 2015-03-26 or 26/03/2015, found ${shown(raw.awardDate)}`);
  const funderName = text(raw.funderName) || text(raw.funderId);
  if (!funderName) problem(names.funderName, 'every grant needs its funding organisation, and this one has none');
  if (problems.length > 0 || amount === undefined || !currency || !awardDate) return problems;
  const description = text(raw.description);
  return {
    id,
    title: text(raw.title) || description.slice(0, 80) || id,
    description,
    amount,
    currency,
    awardDate,
    recipient: text(raw.recipient),
    funderId: text(raw.funderId) || funderName,
    funderName,
    programme: text(raw.programme),
    classifications: raw.classifications.map(text).filter(Boolean),
  };
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'nothing';
  const written = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(written.length > 40 ? `${written.slice(0, 39)}…` : written);
}

/** At most this many problems are listed; a broken file usually repeats one mistake. */
export const MAX_PROBLEMS = 20;

/** Checks every raw grant; the file reads only when all of them do, so its total is never short. */
export function collectGrants(
  raws: Iterable<{ raw: RawGrant; row: number }>,
  file: string,
  names: FieldNames,
): { ok: true; grants: Grant[] } | { ok: false; problems: GrantsProblem[] } {
  const grants: Grant[] = [];
  const problems: GrantsProblem[] = [];
  let broken = 0;
  const seen = new Map<string, number>();
  for (const { raw, row } of raws) {
    const result = toGrant(raw, { file, row }, names);
    if (Array.isArray(result)) {
      broken += 1;
      if (problems.length < MAX_PROBLEMS) problems.push(...result.slice(0, MAX_PROBLEMS - problems.length));
      continue;
    }
    const earlier = seen.get(result.id);
    if (earlier !== undefined) {
      broken += 1;
      if (problems.length < MAX_PROBLEMS) problems.push({ file, row, field: names.id, message: `the identifier ${JSON.stringify(result.id)} is already used by row ${earlier}; each grant needs its own` });
      continue;
    }
    seen.set(result.id, row);
    grants.push(result);
  }
  if (broken > 0) {
    if (problems.length >= MAX_PROBLEMS) problems.push({ file, message: `${broken} grants in all could not be read; the first ${MAX_PROBLEMS} problems are listed` });
    return { ok: false, problems };
  }
  if (grants.length === 0) return { ok: false, problems: [{ file, message: 'the file lists no grants' }] };
  return { ok: true, grants };
}
