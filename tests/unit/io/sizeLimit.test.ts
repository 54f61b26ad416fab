import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchText } from '../../../src/io/fetchText';
import { loadDataset } from '../../../src/io/loadDataset';
import { MAX_DATASET_BYTES } from '../../../src/io/sizeLimit';
import { validateFile } from '../../../scripts/validate/validateFile';
import { datasetOfSize } from '../../fixtures/hostile/sizedDataset';

const address = new URL('https://example.org/map.json');

/** A server's answer, streamed in 1 MB chunks; with or without a Content-Length header. */
function serve(text: string, withLength: boolean): { fetch: typeof fetch; chunksRead: () => number } {
  const bytes = new TextEncoder().encode(text);
  let read = 0;
  const fake = (async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (read * 1_048_576 >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(read * 1_048_576, (read + 1) * 1_048_576));
        read += 1;
      },
    });
    return new Response(body, { status: 200, headers: withLength ? { 'content-length': String(bytes.length) } : {} });
  }) as typeof fetch;
  return { fetch: fake, chunksRead: () => read };
}

describe('a file over the size limit is refused before parsing; one at the limit still opens', { timeout: 60_000 }, () => {
  const atLimit = datasetOfSize(MAX_DATASET_BYTES);
  const overLimit = datasetOfSize(MAX_DATASET_BYTES + 1);

  it('is 20 MB, documented in one place', () => {
    expect(MAX_DATASET_BYTES).toBe(20 * 1024 * 1024);
    expect([atLimit.length, overLimit.length]).toEqual([MAX_DATASET_BYTES, MAX_DATASET_BYTES + 1]);
  });

  it.each([
    ['announced by its Content-Length', true],
    ['streamed without a length', false],
  ])('?data=: refuses a file one byte over, %s, with a clear message', async (_how, withLength) => {
    const server = serve(overLimit, withLength);
    const result = await fetchText(address, () => undefined, server.fetch);
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^https:\/\/example\.org\/map\.json is (at least )?20\.0 MB \(20,971,521 bytes\), over this map's limit of 20\.0 MB/),
    });
    // Refused from the header before reading (the stream fills its one-chunk buffer by itself),
    // or as soon as the count of bytes read passes the limit.
    if (withLength) expect(server.chunksRead()).toBeLessThanOrEqual(1);
    else expect(server.chunksRead()).toBe(21);
  });

  it.each([
    ['announced by its Content-Length', true],
    ['streamed without a length', false],
  ])('?data=: opens a valid dataset of exactly the limit, %s', async (_how, withLength) => {
    const server = serve(atLimit, withLength);
    const fetched = await fetchText(address, () => undefined, server.fetch);
    expect(fetched.ok).toBe(true);
    const original = globalThis.fetch;
    globalThis.fetch = serve(atLimit, withLength).fetch;
    try {
      const loaded = await loadDataset(address, () => undefined);
      expect(loaded.ok && loaded.dataset.factors.length).toBe(9);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('npm run validate: refuses a file one byte over before reading it, and validates one at the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'size-'));
    writeFileSync(join(dir, 'at.json'), atLimit);
    writeFileSync(join(dir, 'over.json'), overLimit);
    const over = validateFile(join(dir, 'over.json'));
    expect(over.code).toBe(2);
    expect(over.err).toEqual([expect.stringContaining(`over.json is 20.0 MB (20,971,521 bytes), over this map's limit of 20.0 MB for a dataset or story file, so it was not opened.`)]);
    const at = validateFile(join(dir, 'at.json'));
    expect(at.code).toBe(0);
    expect(at.out[0]).toContain('structure valid, quotes not checked: 9 factors');
  });

  it('a dense dataset of 20 MB (thousands of records) is valid and parses without error', () => {
    const dense = datasetOfSize(MAX_DATASET_BYTES, { dense: true });
    const dir = mkdtempSync(join(tmpdir(), 'dense-'));
    writeFileSync(join(dir, 'dense.json'), dense);
    const verdict = validateFile(join(dir, 'dense.json'));
    expect(verdict.code).toBe(0);
    expect(verdict.out[0]).toMatch(/structure valid, quotes not checked: 4\d{3} factors/);
  });
});
