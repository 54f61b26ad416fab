import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/io/import/importFile';
import { byLabel, imported, importFixture, TODAY } from './fixtureFiles';

describe('a researcher imports a Kumu blueprint (flat elements and connections)', () => {
  it('maps labels, types, descriptions, tags, ids, polarity and direction, and reports what it could not', async () => {
    const { dataset, report } = imported(await importFile('reentry-blueprint.json', importFixture('reentry-blueprint.json'), { today: TODAY }));
    // A "Programme" that acts on factors is an intervention; a "Policy" that acts on nothing stays a factor.
    expect(dataset.interventions.map((i) => i.label)).toEqual(['Peer mentoring']);
    const mentoring = dataset.interventions[0]!;
    expect(mentoring.type).toBe('programme');
    expect(mentoring.evidence.strength).toBe('testimony');
    expect(mentoring.evidence.summary).toContain('Not rated');
    expect(mentoring.targets).toEqual([
      { factor: 'housing-on-release', effect: 'raises' },
      { factor: 'e4', effect: 'lowers' },
    ]);
    expect(report.assumed.join('\n')).toMatch(/"Policy review".*reads as an intervention but acts on no factor/);
    // Two elements share the label "Reoffending"; connections name them by id, and the ids are kept.
    expect(dataset.factors.filter((f) => f.label === 'Reoffending').map((f) => f.id)).toEqual(['e3', 'e4']);
    const housing = byLabel(dataset.factors, 'Housing on release');
    expect(housing.domain).toBe('resource');
    expect(dataset.vocabularies.domains.find((d) => d.id === 'resource')?.label).toBe('Resource');
    expect(housing.citations).toEqual([{ source: 'imported-reentry-blueprint', quote: 'Somewhere stable to live on the day of release.' }]);
    expect(report.unknownAttributes.factors[housing.id]).toEqual({ tags: ['housing', 'release'] });
    expect(housing.description).toContain('tags: housing | release');
    // "+-" is negative; a mutual connection is two links; a non-polarity type is kept, not read as a sign.
    expect(dataset.links.find((l) => l.from === 'stable-employment' && l.to === 'e3')?.polarity).toBe('-');
    expect(dataset.links.filter((l) => [l.from, l.to].sort().join() === 'e3,housing-on-release')).toHaveLength(2);
    const likes = dataset.links.find((l) => l.to === 'e4')!;
    expect(report.unknownAttributes.links[likes.id]).toEqual({ 'connection type': 'likes' });
    expect(likes.description).toContain('no polarity');
    expect(report.notMapped).toEqual([{ where: 'connections[6]', message: expect.stringContaining('"Nowhere" is not a node of the file') }]);
    expect(dataset.sources.map((s) => s.kind)).toEqual(['practitioner-views']);
  });
});
