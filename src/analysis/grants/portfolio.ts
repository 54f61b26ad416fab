import type { Dataset } from '../../model';
import type { LeverageRow } from '../leverage';

/** A grant as the portfolio counts it: its money and the interventions the funder confirmed. */
export interface TaggedGrant {
  id: string;
  amount: number;
  currency: string;
  awardDate: string;
  funderName: string;
  interventions: readonly string[];
}

export interface PortfolioRow {
  id: string;
  label: string;
  type: string;
  domain: string;
  stages: readonly string[];
  /** Money tagged to it: a grant tagged to several interventions is split evenly between them. */
  amount: number;
  grants: number;
  leverage: LeverageRow | undefined;
}

export interface Portfolio {
  currency: string;
  rows: PortfolioRow[];
  /** Money on the map (tagged) and all money in the chosen currency and years. */
  tagged: number;
  total: number;
  grants: number;
  taggedGrants: number;
  /** First and last award dates counted (ISO), or null with no grants. */
  from: string | null;
  to: string | null;
  funders: string[];
  /** Money reaching each factor: the whole of every tagged intervention acting on it. */
  factorMoney: Map<string, number>;
}

export interface PortfolioOptions {
  currency: string;
  /** Only grants awarded in this year (a four-digit string), or every year when null. */
  year: string | null;
}

/**
 * Where a funder's money sits on the map, in one currency (amounts in different currencies are
 * never added together), by year or over all years. Leverage rows come from rankByLeverage, so the
 * portfolio shows the same leverage, evidence and impact as the leverage view.
 */
export function computePortfolio(dataset: Dataset, grants: readonly TaggedGrant[], leverage: readonly LeverageRow[], options: PortfolioOptions): Portfolio {
  const leverageById = new Map(leverage.map((row) => [row.id, row]));
  const byId = new Map(dataset.interventions.map((i) => [i.id, i]));
  const money = new Map<string, { amount: number; grants: number }>();
  const funders = new Set<string>();
  let total = 0;
  let tagged = 0;
  let count = 0;
  let taggedGrants = 0;
  let from: string | null = null;
  let to: string | null = null;
  for (const grant of grants) {
    if (grant.currency !== options.currency) continue;
    if (options.year !== null && !grant.awardDate.startsWith(options.year)) continue;
    count += 1;
    total += grant.amount;
    funders.add(grant.funderName);
    if (from === null || grant.awardDate < from) from = grant.awardDate;
    if (to === null || grant.awardDate > to) to = grant.awardDate;
    const known = grant.interventions.filter((id) => byId.has(id));
    if (known.length === 0) continue;
    taggedGrants += 1;
    tagged += grant.amount;
    for (const id of known) {
      const entry = money.get(id) ?? { amount: 0, grants: 0 };
      entry.amount += grant.amount / known.length;
      entry.grants += 1;
      money.set(id, entry);
    }
  }
  const rows = dataset.interventions.map((i) => ({
    id: i.id,
    label: i.label,
    type: i.type,
    domain: i.domain,
    stages: i.stages,
    amount: money.get(i.id)?.amount ?? 0,
    grants: money.get(i.id)?.grants ?? 0,
    leverage: leverageById.get(i.id),
  }));
  const factorMoney = new Map<string, number>();
  for (const row of rows) {
    if (row.amount === 0) continue;
    for (const factor of new Set(byId.get(row.id)?.targets.map((t) => t.factor))) factorMoney.set(factor, (factorMoney.get(factor) ?? 0) + row.amount);
  }
  return { currency: options.currency, rows, tagged, total, grants: count, taggedGrants, from, to, funders: [...funders].sort(), factorMoney };
}

/**
 * Money by intervention type, domain or stage. An intervention acting at several stages has its
 * money split evenly across them, so the stages add up to the money tagged.
 */
export function moneyBy(rows: readonly PortfolioRow[], key: 'type' | 'domain' | 'stage'): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.amount === 0) continue;
    const keys = key === 'stage' ? row.stages : [row[key]];
    for (const k of keys) totals.set(k, (totals.get(k) ?? 0) + row.amount / keys.length);
  }
  return totals;
}

/** "Little" money: under this share of the money tagged. */
export const LITTLE_SHARE = 0.02;

/**
 * The highest-leverage interventions with little or none of the funder's money, best first. The
 * harmful and no-clear-effect ones are never listed here, whatever their reach.
 */
export function leverageNotFunded(portfolio: Portfolio, limit = 5): PortfolioRow[] {
  return portfolio.rows
    .filter((r) => r.leverage && r.leverage.score > 0 && r.leverage.impact !== 'harmful' && r.leverage.impact !== 'no-clear-effect')
    .filter((r) => r.amount <= portfolio.tagged * LITTLE_SHARE)
    .sort((a, b) => (b.leverage?.score ?? 0) - (a.leverage?.score ?? 0))
    .slice(0, limit);
}

/** Money on interventions the research finds harmful or without clear effect: to look at again. */
export function moneyWhereNoEffect(portfolio: Portfolio): PortfolioRow[] {
  return portfolio.rows
    .filter((r) => r.amount > 0 && (r.leverage?.impact === 'harmful' || r.leverage?.impact === 'no-clear-effect' || r.leverage?.verdict === 'harmful' || r.leverage?.verdict === 'no-clear-effect'))
    .sort((a, b) => b.amount - a.amount);
}

/** The currencies present, the one with most grants first (the portfolio's default). */
export function currenciesOf(grants: readonly { currency: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const g of grants) counts.set(g.currency, (counts.get(g.currency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** The award years present, newest first. */
export function yearsOf(grants: readonly { awardDate: string }[]): string[] {
  return [...new Set(grants.map((g) => g.awardDate.slice(0, 4)))].sort().reverse();
}
