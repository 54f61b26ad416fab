import { complete, ring, type AdversarialCase } from '../../tests/fixtures/hostile/adversarialGraphs';

/**
 * The same graph with one published position, so every other node is placed by the force layout
 * (the map's other way of placing nodes, which a stranger's file can ask for).
 */
export function placedByForce(base: AdversarialCase): AdversarialCase {
  const dataset = JSON.parse(base.text) as { factors: { id: string }[] };
  const text = JSON.stringify({ ...dataset, positions: { [dataset.factors[0]!.id]: { x: 0, y: 0 } } });
  return { ...base, name: `${base.name}, placed by force`, text };
}

/** The two graphs placed by force that both benchmarks open after the adversarial cases. */
export const forcePlacedCases = (): AdversarialCase[] => [placedByForce(complete(60)), placedByForce(ring(1_000))];
