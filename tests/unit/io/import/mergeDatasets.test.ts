import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/io/import/importFile';
import { mergeDatasets } from '../../../../src/io/import/mergeDatasets';
import { smallMap } from '../../../fixtures/loadFixture';
import { imported, TODAY } from './fixtureFiles';

const blueprint = (elements: unknown[], connections: unknown[]) => JSON.stringify({ elements, connections });

describe('a researcher merges an imported map into the current dataset', () => {
  it('adds what is new, keeps the curated records it shares, and says what differs', async () => {
    const current = smallMap();
    const [first, second] = current.factors;
    const file = blueprint(
      [
        { id: first!.id, label: first!.label, description: 'Another map’s words for it.' },
        { label: 'Debt on release', description: 'Money owed when people leave prison.' },
      ],
      [{ from: first!.id, to: 'Debt on release', type: '+' }],
    );
    const incoming = imported(await importFile('other.json', file, { today: TODAY })).dataset;
    const merged = mergeDatasets(current, incoming);
    if (!merged.ok) expect.fail(JSON.stringify(merged.issues.slice(0, 3)));
    expect(merged.dataset.meta).toEqual(current.meta);
    expect(merged.dataset.factors.find((f) => f.id === first!.id)).toEqual(first);
    expect(merged.preview.differing.factors).toEqual([first!.id]);
    expect(merged.preview.added.factors).toEqual(['debt-on-release']);
    expect(merged.preview.added.links).toEqual([`${first!.id}-debt-on-release`]);
    expect(merged.preview.added.sources).toEqual(['imported-other']);
    expect(merged.dataset.factors).toHaveLength(current.factors.length + 1);
    expect(merged.dataset.factors.find((f) => f.id === second!.id)).toEqual(second);

    const taken = mergeDatasets(current, incoming, { prefer: 'incoming' });
    expect(taken.ok && taken.dataset.factors.find((f) => f.id === first!.id)?.description).toBe('Another map’s words for it.');
  });

  it('renames an imported node whose id names another kind of record here, with every reference to it', async () => {
    const current = smallMap();
    const sourceId = current.sources[0]!.id;
    const file = blueprint([{ id: sourceId, label: 'A factor that shares a source’s id' }, { label: 'Other' }], [{ from: sourceId, to: 'Other', type: '-' }]);
    const incoming = imported(await importFile('clash.json', file, { today: TODAY })).dataset;
    const merged = mergeDatasets(current, incoming);
    if (!merged.ok) expect.fail(JSON.stringify(merged.issues.slice(0, 3)));
    const renamed = merged.preview.renamed[0]!;
    expect(renamed.from).toBe(sourceId);
    expect(merged.dataset.factors.some((f) => f.id === renamed.to)).toBe(true);
    expect(merged.dataset.links.some((l) => l.from === renamed.to && l.to === 'other')).toBe(true);
    expect(merged.dataset.sources.find((s) => s.id === sourceId)).toEqual(current.sources[0]);
  });

  it('refuses a merge that would be invalid, with located problems, leaving both datasets as they were', async () => {
    const current = smallMap();
    const incoming = smallMap();
    incoming.links[0] = { ...incoming.links[0]!, id: 'a-new-link', to: incoming.links[0]!.from };
    const before = structuredClone(current);
    const merged = mergeDatasets(current, incoming);
    expect(merged.ok).toBe(false);
    if (!merged.ok) expect(merged.issues.some((i) => i.record.startsWith('links[') && i.expected.includes('cannot cause itself'))).toBe(true);
    expect(current).toEqual(before);
  });
});
