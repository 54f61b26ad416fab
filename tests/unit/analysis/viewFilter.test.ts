import { describe, expect, it } from 'vitest';
import { NO_FILTER, buildMapGraph, buildReachIndex, filterView, interventionMatches, type ViewFilter } from '../../../src/analysis';
import { smallMap } from '../../fixtures/loadFixture';

const dataset = smallMap();
const graph = buildMapGraph(dataset);
const view = (filter: Partial<ViewFilter>) => filterView(dataset, graph, { ...NO_FILTER, ...filter });
const sorted = (ids: Iterable<string>) => [...ids].sort();
const ALL_FACTORS = dataset.factors.map((f) => f.id);

describe('filters: a funder narrows the map', () => {
  it('shows everything, dimmed nothing, with no filter', () => {
    const v = view({});
    expect(v.nodes.size).toBe(12);
    expect(v.dimmed.size).toBe(0);
    expect(v.edges.size).toBe(graph.edges.length);
    expect([v.interventionsShown, v.interventionsTotal]).toEqual([3, 3]);
  });

  it('by intervention type: other interventions hide; factors stay, dimmed unless a shown intervention acts on them', () => {
    const v = view({ types: ['peer-support'] });
    expect(sorted(v.nodes)).toEqual(sorted([...ALL_FACTORS, 'peer-mentors']));
    expect(sorted(ALL_FACTORS.filter((id) => !v.dimmed.has(id)))).toEqual(['fear-of-recall', 'trusted-worker']);
    expect(v.interventionsShown).toBe(1);
  });

  it('by minimum evidence: that level or stronger', () => {
    expect(sorted([...view({ minEvidence: 'weak' }).nodes].filter((id) => !ALL_FACTORS.includes(id)))).toEqual(['housing-on-release', 'treatment']);
    expect([...view({ minEvidence: 'limited' }).nodes].filter((id) => !ALL_FACTORS.includes(id))).toEqual(['treatment']);
    expect(view({ minEvidence: 'strong' }).interventionsShown).toBe(0);
  });

  it('by domain: both factors and interventions', () => {
    expect(sorted(view({ domains: ['health'] }).nodes)).toEqual(['drug-use', 'treatment', 'unmet-needs']);
  });

  it('by domain, by reach: an intervention shows when it or any factor it acts on is in that domain', () => {
    // Peer mentors are filed under relationships but lower fear of recall, a justice factor.
    const mentors = dataset.interventions.find((i) => i.id === 'peer-mentors')!;
    const justiceFactors = new Set(dataset.factors.filter((f) => f.domain === 'justice').map((f) => f.id));
    expect(mentors.domain).not.toBe('justice');
    expect(mentors.targets.some((t) => justiceFactors.has(t.factor))).toBe(true);
    const v = view({ domains: ['justice'] });
    expect(v.nodes.has('peer-mentors')).toBe(true);
    // Factors still match by their own domain only; interventions acting on none of them stay out.
    expect(sorted([...v.nodes].filter((id) => ALL_FACTORS.includes(id)))).toEqual(sorted(justiceFactors));
    expect(v.nodes.has('treatment')).toBe(false);
    // Every intervention shown acts in justice, by its own domain or a target's.
    const reach = buildReachIndex(dataset);
    for (const i of dataset.interventions) expect(v.nodes.has(i.id)).toBe(reach.get(i.id)!.domains.has('justice'));
  });

  it('by stage, by reach: its own stages or the stage of a factor it acts on', () => {
    // Housing on release is a release-stage intervention acting on a release-stage factor; nothing reaches prison but by its own stage.
    expect(sorted(view({ stages: ['probation'] }).nodes)).toEqual(['fear-of-recall', 'hidden-problems', 'missed-appointments', 'peer-mentors', 'unmet-needs']);
    const treatment = dataset.interventions.find((i) => i.id === 'treatment')!;
    const reach = buildReachIndex(dataset).get('treatment')!;
    expect(interventionMatches(treatment, reach, { ...NO_FILTER, stages: ['community'] })).toBe(true);
  });

  it('by stage: an intervention matches if any of its stages does', () => {
    expect(sorted(view({ stages: ['prison'] }).nodes)).toEqual(['peer-mentors', 'recall', 'treatment']);
  });

  it('by funding scale: only interventions a source ties to that scale', () => {
    const withScale = smallMap();
    withScale.interventions[1]!.scale = '100k';
    const v = filterView(withScale, buildMapGraph(withScale), { ...NO_FILTER, scales: ['100k'] });
    expect([...v.nodes].filter((id) => !ALL_FACTORS.includes(id))).toEqual(['housing-on-release']);
  });

  it('combines filters: all must hold', () => {
    expect(view({ types: ['peer-support', 'treatment'], minEvidence: 'limited' }).interventionsShown).toBe(1);
  });

  it('can show only the factors the shown interventions reach, with the links among them', () => {
    const v = view({ types: ['peer-support'], onlyReached: true });
    expect(sorted(v.nodes)).toEqual(['fear-of-recall', 'peer-mentors', 'trusted-worker']);
    expect(sorted(v.edges)).toEqual(['peer-mentors>fear-of-recall', 'peer-mentors>trusted-worker']);
    expect(v.dimmed.size).toBe(0);
  });

  it('shows an edge only when both its ends show', () => {
    const v = view({ domains: ['justice'] });
    expect(sorted(v.edges)).toEqual(['fear-of-recall-to-hidden-problems', 'missed-appointments-to-recall', 'peer-mentors>fear-of-recall']);
  });

  it('counts a facet’s options without that facet’s own selection', () => {
    const filter = { ...NO_FILTER, types: ['peer-support'], minEvidence: 'weak' as const };
    const treatment = dataset.interventions.find((i) => i.id === 'treatment')!;
    const reach = buildReachIndex(dataset).get('treatment')!;
    expect(interventionMatches(treatment, reach, filter)).toBe(false);
    expect(interventionMatches(treatment, reach, filter, 'types')).toBe(true);
  });
});
