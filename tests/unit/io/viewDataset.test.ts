import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model';
import { toViewDataset } from '../../../src/io/export/viewDataset';
import { smallMap } from '../../fixtures/loadFixture';

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id).sort();

describe('an advocate exports the view they built as a dataset', () => {
  it('holds exactly the shown factors, links and interventions, and reopens as a valid dataset', () => {
    const dataset = smallMap();
    const nodes = new Set(['homeless-on-release', 'missed-appointments', 'recall', 'reoffending', 'housing-on-release']);
    const edges = new Set(['homeless-on-release-to-missed-appointments', 'missed-appointments-to-recall', 'recall-to-homeless-on-release']);
    const { dataset: view, keptForValidity } = toViewDataset(dataset, { nodes, edges }, '2026-11-30');

    expect(parseDataset(view).ok).toBe(true);
    expect(keptForValidity).toEqual([]);
    expect(ids(view.factors)).toEqual(['homeless-on-release', 'missed-appointments', 'recall', 'reoffending']);
    expect(ids(view.links)).toEqual([...edges].sort());
    expect(ids(view.interventions)).toEqual(['housing-on-release']);
    // The recall loop lies wholly in the view; the gap concerns a shown factor.
    expect(ids(view.loops ?? [])).toEqual(['recall-loop']);
    expect(view.gaps.length).toBe(1);
    // Only the sources something shown cites travel with it.
    const cited = new Set([...view.factors, ...view.links].flatMap((r) => r.citations.map((c) => c.source)));
    view.interventions.forEach((i) => i.evidence.citations.forEach((c) => cited.add(c.source)));
    view.gaps.forEach((g) => g.citations.forEach((c) => cited.add(c.source)));
    expect(ids(view.sources)).toEqual([...cited].sort());
    expect(view.meta.description).toContain('exported view (2026-11-30)');
  });

  it('drops targets that are hidden, and a loop that is cut', () => {
    const dataset = smallMap();
    const nodes = new Set(['trusted-worker', 'hidden-problems', 'reoffending', 'peer-mentors', 'homeless-on-release', 'missed-appointments']);
    const edges = new Set(['trusted-worker-to-hidden-problems', 'homeless-on-release-to-missed-appointments']);
    const { dataset: view } = toViewDataset(dataset, { nodes, edges }, '2026-11-30');
    expect(parseDataset(view).ok).toBe(true);
    expect(view.interventions[0]?.targets.map((t) => t.factor)).toEqual(['trusted-worker']);
    expect(view.loops).toEqual([]);
  });

  it('keeps a hidden outcome and says so, rather than writing an invalid file', () => {
    const dataset = smallMap();
    const { dataset: view, keptForValidity } = toViewDataset(dataset, { nodes: new Set(['drug-use']), edges: new Set() }, '2026-11-30');
    expect(parseDataset(view).ok).toBe(true);
    expect(keptForValidity).toEqual(['reoffending']);
    expect(view.meta.description).toMatch(/kept so that the file is a valid dataset: "Reoffending"/i);
  });

  it('keeps the only targets of a shown intervention whose factors are all hidden', () => {
    const dataset = smallMap();
    const { dataset: view, keptForValidity } = toViewDataset(dataset, { nodes: new Set(['reoffending', 'treatment']), edges: new Set() }, '2026-11-30');
    expect(parseDataset(view).ok).toBe(true);
    expect(keptForValidity).toEqual(['drug-use']);
  });
});
