import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonFlavour } from '../../../src/io/formats/jsonFlavour';
import { importFile } from '../../../src/io/import/importFile';
import { loadDataset } from '../../../src/io/loadDataset';
import { importFixture } from './import/fixtureFiles';

/** Serves one text at any address, as a static host would. */
const serve = (text: string) => vi.stubGlobal('fetch', async () => new Response(text, { status: 200 }));
afterEach(() => vi.unstubAllGlobals());

const blueprint = () => JSON.parse(new TextDecoder().decode(importFixture('reentry-blueprint.json'))) as Record<string, unknown>;

/** The outcome of one JSON text by the file picker and by `?data=`: read or not, and how many factors. */
async function bothWaysIn(text: string) {
  const picked = await importFile('map.json', text, { today: '2026-11-30' });
  serve(text);
  const linked = await loadDataset(new URL('https://maps.example.org/map.json'), () => {});
  return { picked: picked.ok ? picked.dataset.factors.length : 'refused', linked: linked.ok ? linked.dataset.factors.length : 'refused' };
}

describe('one rule decides "our dataset or Kumu JSON", whichever way a file comes in', () => {
  it('Kumu has elements, we have factors: elements without factors is Kumu, anything else ours', () => {
    expect(jsonFlavour({ elements: [], connections: [] })).toBe('kumu-json');
    expect(jsonFlavour({ meta: { title: 'x' }, elements: [] })).toBe('kumu-json');
    expect(jsonFlavour({ elements: 'not a list' })).toBe('kumu-json');
    expect(jsonFlavour({ meta: {}, factors: [], elements: [] })).toBe('dataset-json');
    expect(jsonFlavour({ meta: {} })).toBe('dataset-json');
    for (const value of [{}, [], [{ elements: [] }], null, 'elements', 3]) expect(jsonFlavour(value), JSON.stringify(value)).toBe('dataset-json');
  });

  it('a Kumu blueprint that also carries a `meta` key opens the same by the file picker and by ?data=', async () => {
    const withMeta = JSON.stringify({ meta: { title: 'A blueprint with notes' }, ...blueprint() });
    const outcome = await bothWaysIn(withMeta);
    expect(outcome.picked).toBeGreaterThan(0);
    expect(outcome.linked).toBe(outcome.picked);
  });

  it('a list, or an object of neither kind, is refused the same way by both', async () => {
    for (const text of ['[1, 2, 3]', '{"notes": "nothing here"}']) expect(await bothWaysIn(text), text).toEqual({ picked: 'refused', linked: 'refused' });
  });
});
