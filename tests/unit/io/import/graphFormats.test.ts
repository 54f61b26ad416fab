import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/io/import/importFile';
import { byLabel, imported, importFixture, TODAY } from './fixtureFiles';

describe('a researcher imports a graph from Gephi (GEXF) or yEd (GraphML)', () => {
  it('GEXF: labels, attributes, viz positions, polarity, an undirected edge, the title', async () => {
    const { dataset, report } = imported(await importFile('gephi-sample.gexf', importFixture('gephi-sample.gexf'), { today: TODAY }));
    expect(dataset.meta.title).toBe('Resettlement pathways');
    expect(dataset.factors.map((f) => f.label)).toEqual(['Housing on release', 'Stable employment', 'Reoffending']);
    const housing = byLabel(dataset.factors, 'Housing on release');
    expect(housing.description).toContain('Somewhere to live & settle.');
    expect(report.unknownAttributes.factors[housing.id]).toEqual({ region: 'North East' });
    expect(dataset.positions?.[housing.id]).toEqual({ x: 12.5, y: -3.25 });
    expect(dataset.links.map((l) => l.polarity)).toEqual(['+', '-', '+']);
    expect(dataset.links[2]!.description).toContain('without a direction');
  });

  it('GraphML: data keys by name, a service as an intervention, a self-loop reported', async () => {
    const { dataset, report } = imported(await importFile('yed-sample.graphml', importFixture('yed-sample.graphml'), { today: TODAY }));
    expect(dataset.factors.map((f) => [f.label, f.domain])).toEqual([
      ['Debt on release', 'finance'],
      ['Stress', 'unassigned'],
      ['Drug use', 'health'],
    ]);
    expect(dataset.interventions[0]).toMatchObject({ label: 'Debt advice service', targets: [{ factor: 'debt-on-release', effect: 'lowers' }] });
    expect(dataset.links).toHaveLength(3);
    expect(dataset.positions).toEqual({ 'debt-on-release': { x: 1, y: 2 } });
    expect(report.notMapped.map((p) => p.message)).toEqual([expect.stringContaining('"Debt on release" to itself')]);
    expect(Object.values(report.unknownAttributes.links)).toEqual([{ weight: 2.5 }]);
  });

  it('says where a broken XML file fails, and changes nothing', async () => {
    for (const name of ['broken.gexf', 'broken.graphml']) {
      const outcome = await importFile(name, '<gexf><graph><nodes><node id="a"', { today: TODAY });
      expect(outcome.ok, name).toBe(false);
      if (!outcome.ok) expect(outcome.message).toContain(`${name} could not be read`);
    }
  });
});
