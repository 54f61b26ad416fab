import { describe, expect, it } from 'vitest';
import { NO_FILTER, buildMapGraph, filterView, focusView } from '../../../src/analysis';
import { attributionLines } from '../../../src/io/export/describeView';
import { describeView, type DescribedView } from '../../../src/store/viewPieces/describeView';
import { smallMap } from '../../fixtures/loadFixture';

const plain: DescribedView = { filter: NO_FILTER, focus: null, selectedId: null, loopId: null, path: null, fund: [] };

describe('an exported image says what view it shows', () => {
  it('says the whole map is shown when nothing is filtered', () => {
    const dataset = smallMap();
    const visibility = filterView(dataset, buildMapGraph(dataset), NO_FILTER);
    const lines = describeView(dataset, plain, visibility);
    expect(lines[0]).toBe('Whole map: no filter.');
    expect(lines[1]).toBe(`Showing all ${dataset.factors.length} factors and ${dataset.interventions.length} of ${dataset.interventions.length} interventions.`);
  });

  it('says a filtered view is filtered, in words, and how much it shows', () => {
    const dataset = smallMap();
    const filter = { ...NO_FILTER, minEvidence: 'weak' as const, onlyReached: true };
    const visibility = filterView(dataset, buildMapGraph(dataset), filter);
    const lines = describeView(dataset, { ...plain, filter }, visibility);
    expect(lines[0]).toBe('Filtered view: evidence weak or stronger; only the factors these interventions act on.');
    const shownInterventions = dataset.interventions.filter((i) => visibility.nodes.has(i.id)).length;
    expect(lines[1]).toMatch(new RegExp(`of ${dataset.factors.length} factors and ${shownInterventions} of ${dataset.interventions.length} interventions`));
    expect(lines[1]).not.toMatch(/^Showing all/);
  });

  it('names the focus, the traced loop, the what-if and the selection', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    const focus = { id: 'recall', depth: 2 as const, direction: 'out' as const };
    const visibility = focusView(graph, filterView(dataset, graph, NO_FILTER), focus);
    const lines = describeView(dataset, { ...plain, focus, loopId: 'recall-loop', fund: ['treatment'], selectedId: 'drug-use' }, visibility).join('\n');
    expect(lines).toContain('within 2 steps following from “Recall to prison”');
    expect(lines).toContain('the feedback loop “Recall cycle”');
    expect(lines).toMatch(/What-if \(an illustration, not a forecast\): funding “.+”/);
    expect(lines).toContain(`Selected: “${dataset.factors.find((f) => f.id === 'drug-use')!.label}”`);
  });

  it('carries the dataset version, licence, citation and link', () => {
    const dataset = smallMap();
    const lines = attributionLines(dataset, '2026-11-30', 'https://example.org/map/?loop=recall-loop');
    expect(lines[0]).toContain(`dataset version ${dataset.meta.version}`);
    expect(lines[0]).toContain(dataset.meta.licence);
    expect(lines[1]).toContain(dataset.meta.citeAs);
    expect(lines[2]).toBe('This view: https://example.org/map/?loop=recall-loop');
  });
});
