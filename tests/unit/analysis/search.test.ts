import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { search } from '../../../src/analysis/search';
import { smallMap } from '../../fixtures/loadFixture';

const dataset = smallMap();

describe('search: a funder types what they are looking for', () => {
  it('finds labels, those starting with the words first', () => {
    expect(search(dataset, 'recall').map((r) => r.id)).toEqual(['recall', 'fear-of-recall']);
  });

  it('matches every word, in any case and order', () => {
    expect(search(dataset, 'PRISON recall').map((r) => r.id)).toEqual(['recall']);
  });

  it('finds interventions by the organisations named as examples, saying where it matched', () => {
    expect(search(dataset, 'example mentors')).toEqual([
      { kind: 'intervention', id: 'peer-mentors', label: 'Peer mentors', matchedIn: 'organisation: Example Mentors' },
    ]);
    expect(search(dataset, 'unsafe link org')).toEqual([
      { kind: 'intervention', id: 'peer-mentors', label: 'Peer mentors', matchedIn: 'organisation: Unsafe Link Org' },
    ]);
  });

  it('finds words in descriptions', () => {
    expect(search(dataset, 'bed on the night')).toEqual([
      { kind: 'intervention', id: 'housing-on-release', label: 'Housing on release', matchedIn: 'description' },
    ]);
  });

  it('finds sources by title and author', () => {
    expect(search(dataset, 'fixture interviews').map((r) => [r.kind, r.id])).toEqual([['source', 'interviews']]);
    expect(search(dataset, 'test author').map((r) => r.id)).toEqual(['interviews']);
  });

  it('returns nothing for nothing typed or nothing found', () => {
    expect(search(dataset, '   ')).toEqual([]);
    expect(search(dataset, 'zzzz')).toEqual([]);
  });
});

describe('search reads what the cited research found', () => {
  it('finds the intervention whose cited finding says “value for money”, and says whose finding matched', () => {
    const published = JSON.parse(readFileSync(new URL('../../../data/reoffending-map.json', import.meta.url), 'utf8')) as typeof dataset;
    const found = search(published, 'value for money');
    const withFinding = published.interventions.filter((i) => i.evidence.citations.some((c) => c.finding?.toLowerCase().includes('value for money')));
    expect(withFinding.length).toBeGreaterThan(0);
    expect(found.map((r) => r.id)).toEqual(expect.arrayContaining(withFinding.map((i) => i.id)));
    expect(found.find((r) => r.id === withFinding[0]!.id)?.matchedIn).toMatch(/^finding: /);
  });
});
