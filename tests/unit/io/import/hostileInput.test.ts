import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/model';
import { importFile, importFiles } from '../../../../src/io/import/importFile';
import type { ImportOutcome } from '../../../../src/io/import/importReport';
import { smallMap } from '../../../fixtures/loadFixture';
import { TODAY } from './fixtureFiles';

const problems = (outcome: ImportOutcome): string[] => (outcome.ok ? [] : outcome.issues.map(formatIssue));
const json = (value: unknown) => JSON.stringify(value);

describe('a file from a stranger is untrusted: bad input gets located errors, never a throw', () => {
  it('JSON that is not JSON says the line and column', async () => {
    const outcome = await importFile('map.json', '{\n  "elements": [\n    {"label": "A",}\n  ]\n}', { today: TODAY });
    expect(outcome.ok).toBe(false);
    expect(problems(outcome)[0]).toMatch(/^map\.json, line 3, column \d+: expected a file this map can read, but it is not valid JSON at line 3/);
  });

  it('Kumu JSON of the wrong shape names the part that is wrong', async () => {
    expect(problems(await importFile('a.json', json({ elements: 'all of them' }), { today: TODAY }))[0]).toContain('elements');
    // A list is neither Kumu's nor ours: it is validated as our dataset, as `?data=` does (one rule, jsonFlavour).
    expect(problems(await importFile('b.json', json([1, 2, 3]), { today: TODAY }))[0]).toContain('(the dataset): found a list');
    expect(problems(await importFile('c.json', json({ elements: [], connections: {} }), { today: TODAY }))[0]).toContain('connections must be a list');
    expect(problems(await importFile('d.json', json({ elements: [null, 7, 'x'] }), { today: TODAY }))[0]).toContain('at least one element (node) with a label');
  });

  it('wrong types and missing fields inside records are left out and reported, the rest imported', async () => {
    const file = {
      elements: [
        { _id: 'a', attributes: { label: { nested: true }, description: 42 } },
        { _id: 'b', attributes: { label: 'B', tags: null, __proto__: { polluted: true } } },
        'not an element',
      ],
      connections: [{ from: 'a', to: 'b', attributes: { 'connection type': ['+', '-'] } }, { from: 'a' }, { from: 'a', to: 'ghost' }],
      loops: [{ _id: 'l', connections: 'nope' }, { _id: 'm', attributes: { label: 'M' }, connections: ['x', 'y'] }],
      maps: [{ _id: 'm1', elements: [{ element: 'a', position: { x: 'left', y: 3 } }, { element: 'b', position: { x: 1, y: 2 } }] }],
    };
    const outcome = await importFile('odd.json', json(file), { today: TODAY });
    if (!outcome.ok) expect.fail(problems(outcome).join('\n'));
    const { dataset, report } = outcome;
    expect(dataset.factors.map((f) => f.label)).toEqual(['a', 'B']);
    expect(dataset.factors[0]!.description).toBe('42');
    expect(dataset.links).toHaveLength(1);
    expect(dataset.positions).toEqual({ b: { x: 1, y: 2 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.notMapped.map((p) => p.where)).toEqual(
      expect.arrayContaining(['elements[2]', 'connections[1]', 'loops[0]', 'connections[2]', 'loops[1] "M"']),
    );
  });

  it('huge strings are cut to the schema’s bounds and the report says so; in our own format they are refused, located', async () => {
    const huge = 'x'.repeat(1_000_000);
    const outcome = await importFile('huge.json', json({ elements: [{ label: huge, description: `${huge}. More.` }] }), { today: TODAY });
    if (!outcome.ok) expect.fail(problems(outcome).join('\n'));
    expect(outcome.dataset.factors[0]!.label.length).toBeLessThanOrEqual(160);
    expect(outcome.report.assumed.join('\n')).toMatch(/label \(1000000 characters\) was cut to 160[\s\S]*description \(1000007 characters\) was cut to 4000/);

    const ours = smallMap();
    ours.factors[2]!.label = huge;
    const refused = await importFile('ours.json', json(ours), { today: TODAY });
    expect(refused.ok).toBe(false);
    expect(problems(refused)[0]).toMatch(/^factors\[2\].*field "label": found "x{20,}… \(1000000 characters\); expected at most 160 characters/);
  });

  it('our own format: a wrong type deep inside is reported where it is, and nothing is imported', async () => {
    const ours = smallMap() as unknown as { links: Array<Record<string, unknown>> };
    ours.links[3]!.polarity = 'up';
    const outcome = await importFile('ours.json', json(ours), { today: TODAY });
    expect(outcome.ok).toBe(false);
    expect(problems(outcome).some((p) => p.startsWith('links[3]') && p.includes('field "polarity"'))).toBe(true);
  });

  it('structured fields of the wrong shape in an export of ours are located by parseDataset', async () => {
    const kumu = { elements: [{ _id: 'a', attributes: { label: 'A', citations: json([{ source: 5, quote: '' }]) } }] };
    const outcome = await importFile('bad-citations.json', json(kumu), { today: TODAY });
    expect(outcome.ok).toBe(false);
    expect(problems(outcome).some((p) => p.startsWith('factors[0] "a"') && p.includes('citations[0]'))).toBe(true);
  });

  it('a file too large to be a map, an unknown format, and garbage bytes are refused with a reason', async () => {
    expect((await importFile('big.csv', 'a'.repeat(26 * 1024 * 1024))).ok).toBe(false);
    expect(problems(await importFile('picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47])))[0]).toContain('format is not one this map reads');
    expect((await importFile('noise.xlsx', new Uint8Array(64).fill(7))).ok).toBe(false);
    const two = await importFiles([{ name: 'a.gexf', content: '<gexf/>' }, { name: 'b.json', content: '{}' }]);
    expect(problems(two)[0]).toContain('only CSV files are read together');
  });

  it('any JSON value, CSV text or XML text: an outcome, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const outcome = await importFile('random.json', JSON.stringify(value) ?? 'null', { today: TODAY });
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.constantFrom('random.csv', 'random.gexf', 'random.graphml'), async (text, name) => {
        const outcome = await importFile(name, name.endsWith('csv') ? text : `<${name.endsWith('gexf') ? 'gexf' : 'graphml'}>${text}`, { today: TODAY });
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
