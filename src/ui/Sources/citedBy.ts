import type { Citation, Dataset } from '../../model';

/** The records that cite one source, by kind, each with what a person calls it. */
export interface CitingRecords {
  factors: CitingRecord[];
  links: CitingRecord[];
  interventions: CitingRecord[];
  gaps: CitingRecord[];
}

export interface CitingRecord {
  id: string;
  name: string;
}

export const RECORD_KINDS = ['factors', 'links', 'interventions', 'gaps'] as const;

const cache = new WeakMap<Dataset, Map<string, CitingRecords>>();

/**
 * For every source, the factors, links, interventions (by their evidence) and gaps that cite it,
 * each once however many of its quotes come from that source. Worked out once per dataset.
 */
export function citedByOf(dataset: Dataset): Map<string, CitingRecords> {
  let bySource = cache.get(dataset);
  if (bySource) return bySource;
  const found = new Map<string, CitingRecords>(dataset.sources.map((s) => [s.id, { factors: [], links: [], interventions: [], gaps: [] }]));
  const label = new Map(dataset.factors.map((f) => [f.id, f.label]));
  const note = (kind: keyof CitingRecords, record: CitingRecord, citations: readonly Citation[]) => {
    for (const source of new Set(citations.map((c) => c.source))) found.get(source)?.[kind].push(record);
  };
  for (const f of dataset.factors) note('factors', { id: f.id, name: f.label }, f.citations);
  for (const l of dataset.links) note('links', { id: l.id, name: `${label.get(l.from) ?? l.from} → ${label.get(l.to) ?? l.to}` }, l.citations);
  for (const i of dataset.interventions) note('interventions', { id: i.id, name: i.label }, i.evidence.citations);
  for (const g of dataset.gaps) note('gaps', { id: g.id, name: g.question }, g.citations);
  bySource = found;
  cache.set(dataset, bySource);
  return bySource;
}

export function countOf(records: CitingRecords | undefined): number {
  return records ? RECORD_KINDS.reduce((sum, kind) => sum + records[kind].length, 0) : 0;
}

/** "cited by 1 record", "cited by 12 records", "not cited by any record". */
export function citedByWords(count: number): string {
  return count === 0 ? 'not cited by any record' : `cited by ${count} ${count === 1 ? 'record' : 'records'}`;
}
