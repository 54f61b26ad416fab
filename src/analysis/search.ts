import type { Citation, Dataset } from '../model';

export type SearchKind = 'factor' | 'intervention' | 'source' | 'gap';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  label: string;
  /** Where the words were found, when not in the label: "description", "organisation: User Voice". */
  matchedIn: string | null;
}

interface Searchable {
  kind: SearchKind;
  id: string;
  label: string;
  fields: Array<[string, string]>;
}

function searchables(dataset: Dataset): Searchable[] {
  const factorLabel = new Map(dataset.factors.map((f) => [f.id, f.label]));
  const sourceTitle = new Map(dataset.sources.map((s) => [s.id, s.title]));
  // What an external source found, in our words, is often where a person's phrase is ("value for
  // money"): a record is found by its citations' findings too, and says whose finding matched.
  const findings = (citations: readonly Citation[]) =>
    citations.flatMap((c) => (c.finding ? [[`finding: ${sourceTitle.get(c.source) ?? c.source}`, c.finding] as [string, string]] : []));
  return [
    ...dataset.factors.map((f) => ({
      kind: 'factor' as const,
      id: f.id,
      label: f.label,
      fields: [['description', f.description] as [string, string], ...findings(f.citations)],
    })),
    ...dataset.interventions.map((i) => ({
      kind: 'intervention' as const,
      id: i.id,
      label: i.label,
      fields: [
        ['description', i.description] as [string, string],
        ...(i.examples ?? []).map((e) => [`organisation: ${e.organisation}`, e.organisation] as [string, string]),
        ...findings(i.evidence.citations),
      ],
    })),
    ...dataset.sources.map((s) => ({
      kind: 'source' as const,
      id: s.id,
      label: s.title,
      fields: [
        ['author', s.author ?? ''],
        ['publisher', s.publisher ?? ''],
      ] as Array<[string, string]>,
    })),
    // A named evidence gap is found by its question or by the factors it concerns.
    ...dataset.gaps.map((g) => ({
      kind: 'gap' as const,
      id: g.id,
      label: g.question,
      fields: [
        ...g.factors.map((f) => [`concerns: ${factorLabel.get(f) ?? f}`, factorLabel.get(f) ?? f] as [string, string]),
        ['named evidence gap', 'evidence gap research question unknown no data'] as [string, string],
        ...findings(g.citations),
      ],
    })),
  ];
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .toLowerCase();

/**
 * Finds factors, interventions, sources and evidence gaps whose label (a gap's question), description,
 * organisation names, cited findings or (for a gap) concerned factors contain
 * every word typed. Label matches rank first (starting with the words best), then other fields.
 */
export function search(dataset: Dataset, query: string, limit = 12): SearchResult[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: Array<{ result: SearchResult; score: number }> = [];
  for (const item of searchables(dataset)) {
    const label = fold(item.label);
    if (words.every((w) => label.includes(w))) {
      const score = label.startsWith(words[0] ?? '') ? 0 : 1;
      scored.push({ result: { kind: item.kind, id: item.id, label: item.label, matchedIn: null }, score });
      continue;
    }
    const field = item.fields.find(([, text]) => {
      const folded = fold(`${item.label} ${text}`);
      return words.every((w) => folded.includes(w));
    });
    if (field) scored.push({ result: { kind: item.kind, id: item.id, label: item.label, matchedIn: field[0] }, score: 2 });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.result.label.localeCompare(b.result.label))
    .slice(0, limit)
    .map((s) => s.result);
}
