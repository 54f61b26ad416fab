import { readFileSync } from 'node:fs';

/**
 * Seeded synthetic causal maps for the benchmark: n factors and 2n links, plus one intervention per
 * 50 factors (each acting on three) and one evidence gap per 100, valid under the dataset schema.
 * The shape is a causal map's rather than a random graph's: most links join factors close in the
 * list (so there are clusters and short feedback loops), a few reach far (so clusters connect).
 */

/** A 32-bit linear congruential generator, as d3-force uses: the same seed gives the same map. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const base = JSON.parse(readFileSync(new URL('../tests/fixtures/small-map.json', import.meta.url), 'utf8')) as {
  meta: Record<string, unknown>;
  vocabularies: { domains: Array<{ id: string }>; stages: Array<{ id: string }>; interventionTypes: Array<{ id: string }> };
  sources: unknown[];
};

const CITE = [{ source: 'interviews', quote: 'quote about recall to prison' }];
const STRENGTHS = ['testimony', 'weak', 'limited', 'moderate'] as const;

export interface SyntheticMap {
  factors: number;
  links: number;
  interventions: number;
  /** The dataset as JSON text, ready to serve. */
  text: string;
}

export function syntheticMap(n: number, seed = 12): SyntheticMap {
  const random = seededRandom(seed + n);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { domains, stages, interventionTypes } = base.vocabularies;
  const factorId = (i: number) => `f${i}`;
  const factors = Array.from({ length: n }, (_, i) => ({
    id: factorId(i),
    label: `Factor ${i}`,
    domain: domains[Math.floor((i / n) * domains.length)]!.id,
    stage: stages[i % stages.length]!.id,
    description: `Synthetic factor ${i}.`,
    citations: CITE,
  }));
  const seen = new Set<string>();
  const links: Array<Record<string, unknown>> = [];
  while (links.length < 2 * n && n > 1) {
    const from = Math.floor(random() * n);
    const near = random() < 0.85;
    const to = near ? (from + 1 + Math.floor(random() * 12) - (random() < 0.3 ? 6 : 0) + n) % n : Math.floor(random() * n);
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    links.push({
      id: `l${links.length}`,
      from: factorId(from),
      to: factorId(to),
      polarity: random() < 0.3 ? '-' : '+',
      basis: random() < 0.8 ? 'stated' : 'inferred',
      description: `Synthetic link ${links.length}.`,
      citations: CITE,
    });
  }
  const interventions = Array.from({ length: Math.max(1, Math.floor(n / 50)) }, (_, i) => {
    const targets = new Map<string, 'raises' | 'lowers'>();
    while (targets.size < Math.min(3, n)) targets.set(factorId(Math.floor(random() * n)), random() < 0.5 ? 'raises' : 'lowers');
    return {
      id: `i${i}`,
      label: `Intervention ${i}`,
      type: pick(interventionTypes).id,
      domain: pick(domains).id,
      stages: [pick(stages).id],
      description: `Synthetic intervention ${i}.`,
      targets: [...targets].map(([factor, effect]) => ({ factor, effect })),
      evidence: { strength: pick(STRENGTHS), summary: 'Synthetic evidence summary.', citations: CITE },
    };
  });
  const gaps = Array.from({ length: Math.max(1, Math.floor(n / 100)) }, (_, i) => ({
    id: `g${i}`,
    question: `What is not known about factor ${i * 100}?`,
    factors: [factorId(Math.min(n - 1, i * 100))],
    citations: CITE,
  }));
  const dataset = {
    meta: { ...base.meta, title: `Synthetic map of ${n.toLocaleString('en-GB')} factors`, outcome: factorId(0) },
    vocabularies: base.vocabularies,
    sources: base.sources,
    factors,
    links,
    interventions,
    gaps,
  };
  return { factors: n, links: links.length, interventions: interventions.length, text: JSON.stringify(dataset) };
}
