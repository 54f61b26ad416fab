import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFactorGraph, buildMapGraph, compareInterventions, feedbackLoops, pushTable, shareOn } from '../../../src/analysis';
import { factorBetweenness } from '../../../src/analysis/centrality';
import { parseDataset, type Dataset } from '../../../src/model';

/** The bundled map as shipped: Scared Straight is its one intervention with evidence of harm (issue 22's audit). */
function bundled(): Dataset {
  const result = parseDataset(JSON.parse(readFileSync(new URL('../../../data/reoffending-map.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error('data/reoffending-map.json is not valid');
  return result.dataset;
}

const dataset = bundled();
const graph = buildFactorGraph(dataset);
const pushes = pushTable(dataset, graph, 'evidence');
const outcome = dataset.meta.outcome;

describe('funding Scared Straight, on the bundled map, makes reoffending rise', () => {
  it('records what it intends (lower reoffending) and what it did (harm), so the sign flips once', () => {
    const scared = dataset.interventions.find((i) => i.id === 'scared-straight')!;
    expect(scared.targets).toEqual([{ factor: outcome, effect: 'lowers' }]);
    expect(scared.evidence.direction).toBe('increases');
  });

  it('what-if: alone it pushes reoffending up', () => {
    expect(shareOn(pushes, ['scared-straight'], outcome)).toBeGreaterThan(0);
  });

  it('what-if: with accommodation support, the harm is added, not turned into a benefit', () => {
    const housingAlone = shareOn(pushes, ['accommodation-support'], outcome);
    const together = shareOn(pushes, ['accommodation-support', 'scared-straight'], outcome);
    expect(housingAlone).toBeLessThan(0);
    expect(together).toBeGreaterThan(housingAlone);
    expect(together).toBeGreaterThan(0);
  });

  it('compare: its row reads a rise on its own, beside accommodation support’s fall', () => {
    const { loops } = feedbackLoops(dataset, graph);
    const rows = compareInterventions(dataset, ['scared-straight', 'accommodation-support'], { loops, betweenness: factorBetweenness(graph), fair: false, pushes });
    expect(rows.find((r) => r.intervention.id === 'scared-straight')!.outcomeShare).toBeGreaterThan(0);
    expect(rows.find((r) => r.intervention.id === 'accommodation-support')!.outcomeShare).toBeLessThan(0);
  });

  it('map: its arrow is intended and marked harmful; boot camps’ (no effect) is intended only', () => {
    const edges = buildMapGraph(dataset).edges;
    expect(edges.find((e) => e.from === 'scared-straight')).toMatchObject({ intended: true, harmful: true, polarity: '-' });
    const boot = edges.find((e) => e.from === 'boot-camps')!;
    expect(boot.intended).toBe(true);
    expect(boot.harmful).toBeUndefined();
  });

});
