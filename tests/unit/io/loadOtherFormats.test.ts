import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset';
import { exportDataset } from '../../../src/io/export/exportDataset';
import { smallMap } from '../../fixtures/loadFixture';
import { ROUND_TRIP_FORMATS } from '../../../src/io/formats/registry';
import { importFixture } from './import/fixtureFiles';

/** Serves one file at any address, as a static host would. */
function serve(content: string | Uint8Array) {
  vi.stubGlobal('fetch', async () => new Response(typeof content === 'string' ? content : new Blob([content as BlobPart]), { status: 200 }));
}

afterEach(() => vi.unstubAllGlobals());

const at = (name: string) => new URL(`https://maps.example.org/shared/${name}`);

describe('?data= opens a map in any format the importer reads', () => {
  // Every other tool's format written as one file (an address names one file; CSV is two).
  for (const { id: format } of ROUND_TRIP_FORMATS.filter((f) => f.id !== 'dataset-json' && !f.readsTogether)) {
    it(`opens our own ${format} export as the same factors and links`, async () => {
      const original = smallMap();
      const [file] = await exportDataset(original, format);
      serve(file!.content);
      const outcome = await loadDataset(at(file!.name), () => {});
      if (!outcome.ok) expect.fail(`${outcome.message} ${JSON.stringify(outcome.issues.slice(0, 3))}`);
      expect(outcome.dataset.factors.map((f) => f.id)).toEqual(original.factors.map((f) => f.id));
      expect(outcome.dataset.links.map((l) => [l.from, l.to, l.polarity])).toEqual(original.links.map((l) => [l.from, l.to, l.polarity]));
    }, 20_000);
  }

  it('opens a Kumu-style CSV of connections, making an element of each end it names', async () => {
    serve(importFixture('connections.csv'));
    const outcome = await loadDataset(at('connections.csv'), () => {});
    if (!outcome.ok) expect.fail(outcome.message);
    expect(outcome.dataset.factors.length).toBeGreaterThan(1);
    expect(outcome.dataset.links.length).toBeGreaterThan(0);
  });

  it('an unreadable file of another format is refused with its place, not shown', async () => {
    serve('<gexf><graph><nodes><node id="a"');
    const outcome = await loadDataset(at('broken.gexf'), () => {});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(`${outcome.message} ${JSON.stringify(outcome.issues)}`).toMatch(/broken\.gexf/);
  });

  it('our own JSON still gets our own messages', async () => {
    serve('{ "meta": 1 }');
    const outcome = await loadDataset(at('map.json'), () => {});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toBe('https://maps.example.org/shared/map.json is not a valid dataset: ' + `${outcome.issues.length} problem${outcome.issues.length === 1 ? '' : 's'} found.`);
  });
});

describe('?data= says how far reading has got, and can be cancelled', () => {
  it('passes the reader’s progress on, with thousands separators', async () => {
    const { connectionsCsv } = await import('../../fixtures/import/budgetFiles');
    serve(connectionsCsv(45_000));
    const steps: string[] = [];
    const outcome = await loadDataset(at('connections.csv'), () => {}, { onStep: (s) => steps.push(s) });
    expect(outcome.ok).toBe(true);
    expect(steps).toContain('Reading connections: 40,000 rows');
    expect(steps.some((s) => /^Mapping 1,000 elements and 45,000 connections$/.test(s))).toBe(true);
  }, 30_000);

  it('a cancel stops it and says so, with nothing opened', async () => {
    serve(importFixture('connections.csv'));
    const controller = new AbortController();
    controller.abort();
    expect(await loadDataset(at('connections.csv'), () => {}, { signal: controller.signal })).toEqual({ ok: false, message: 'Opening connections.csv was cancelled, so nothing was opened.', issues: [] });
  });
});
