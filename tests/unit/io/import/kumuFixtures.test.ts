import { describe, expect, it } from 'vitest';
import { importKumu } from './sharedFixtures';

/** Kumu's connection type in our polarity, read independently of the importer. */
const SIGN: Record<string, '+' | '-'> = { '++': '+', '--': '+', '+': '+', '+-': '-', '-+': '-', '-': '-' };

describe('a researcher imports real Kumu maps whole', () => {
  it('the US financial inclusion map: every element, connection, polarity, position and named loop', async () => {
    const { dataset, report, raw } = await importKumu('us-financial-inclusion-project.json');
    expect(dataset.factors).toHaveLength(230);
    // 232 connections, two of which repeat another's ends and polarity: merged, their citations kept.
    expect(dataset.links).toHaveLength(230);
    expect(report.assumed.join('\n')).toContain('2 connections repeat another with the same ends and polarity');
    expect(dataset.interventions).toHaveLength(0);
    // Elements are imported in file order, so each connection's ends can be found by their place in the file;
    // every connection is then a link with those ends and its own polarity (repeats share one link).
    const idOf = (kumuId: string) => dataset.factors[raw.elements.findIndex((e) => e._id === kumuId)]!.id;
    const linkKeys = new Set(dataset.links.map((l) => `${l.from} ${l.to} ${l.polarity}`));
    for (const connection of raw.connections) {
      const type = connection.attributes['connection type'];
      const polarity = typeof type === 'string' ? SIGN[type] : '+';
      expect(linkKeys.has(`${idOf(connection.from)} ${idOf(connection.to)} ${polarity}`), `connection ${connection._id} ${type}`).toBe(true);
    }
    const unsigned = raw.connections.filter((c) => typeof c.attributes['connection type'] !== 'string').length;
    expect(unsigned).toBe(7);
    expect(report.assumed.join('\n')).toContain('7 connections give no polarity');
    expect(report.assumed.join('\n')).toContain('2 connections are undirected');
    const map = raw.maps.find((m) => m._id === raw.defaultMap)!;
    expect(Object.keys(dataset.positions ?? {})).toHaveLength(230);
    const first = map.elements[0]!;
    const firstId = dataset.factors[raw.elements.findIndex((e) => e._id === first.element)]!.id;
    expect(dataset.positions?.[firstId]).toEqual(first.position);
    expect(dataset.loops).toHaveLength(42);
    expect(dataset.loops?.map((l) => l.name)).toContain('33C "Short-Term Debt Cycle"');
    expect(new Set(dataset.factors.map((f) => f.id)).size).toBe(230);
  });

  it('the snap-to tutorial: 51 states, 113 undirected connections, custom attributes kept', async () => {
    const { dataset, report } = await importKumu('snap-to-tutorial-project.json');
    expect(dataset.factors).toHaveLength(51);
    // 113 connections, four of which repeat another (a pair of states joined twice): merged.
    expect(dataset.links).toHaveLength(109);
    expect(report.assumed.join('\n')).toContain('4 connections repeat another with the same ends and polarity');
    expect(Object.keys(dataset.positions ?? {})).toHaveLength(51);
    expect(report.assumed.join('\n')).toContain('113 connections are undirected');
    expect(dataset.links[0]!.description).toContain('without a direction');
    const newYork = dataset.factors.find((f) => f.label === 'New York')!;
    expect(newYork.domain).toBe('state');
    expect(report.unknownAttributes.factors[newYork.id]).toEqual({
      '2010 population': 19400867,
      '2014 population': 19746227,
      'percentage change': '2%',
      'relative growth': 0.01899695852565953,
      region: 'Northeast',
    });
    expect(newYork.description).toContain('region: Northeast');
  });

  it('the ChangeLabs template: 10 elements, 11 connections, custom connection fields kept', async () => {
    const { dataset, report } = await importKumu('changelabs-template-project.json');
    expect(dataset.factors).toHaveLength(10);
    expect(dataset.links).toHaveLength(11);
    expect(dataset.links.filter((l) => l.polarity === '-')).toHaveLength(2);
    const flows = Object.values(report.unknownAttributes.links).filter((a) => 'value flows' in a || 'power score' in a);
    expect(flows.length).toBeGreaterThan(0);
    expect(dataset.vocabularies.domains.map((d) => d.label)).toEqual(expect.arrayContaining(['Interviewee', 'Stakeholder', 'Phenomenon']));
    expect(report.notMapped.some((p) => p.where === 'maps')).toBe(true);
  });
});
