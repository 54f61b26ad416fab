import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset';
import { BUILD_VALIDATED_DIGESTS, sha256Hex } from '../../../src/io/validatedDigests';
import { formatIssue } from '../../../src/model';
import { checkBundledDataset } from '../../../scripts/build/validatedDigest';

const bundledFile = 'data/reoffending-map.json';
const bundledBytes = () => new Uint8Array(readFileSync(new URL(`../../../${bundledFile}`, import.meta.url)));
const address = new URL('https://example.org/map/data/reoffending-map.json');

/** Serves these bytes at any address, as a static host would. */
function serve(bytes: Uint8Array) {
  vi.stubGlobal('fetch', async () => new Response(new Uint8Array(bytes), { status: 200, headers: { 'content-length': String(bytes.length) } }));
}

afterEach(() => vi.unstubAllGlobals());

/** The build's digest of the bundled file, as vite.config.ts records it. */
async function buildDigest(): Promise<string> {
  const checked = await checkBundledDataset(bundledFile, bundledBytes());
  if (!checked.ok || !checked.digest) throw new Error(checked.ok ? String(checked.reason) : checked.message);
  return checked.digest;
}

/** The bundled file with one polarity changed from "+" to "x": one byte, and no longer valid. */
function withOneByteBroken(): Uint8Array {
  const copy = bundledBytes();
  const at = Buffer.from(copy.buffer, copy.byteOffset, copy.byteLength).indexOf('"polarity": "+"');
  expect(at).toBeGreaterThan(0);
  copy[at + '"polarity": "'.length] = 'x'.charCodeAt(0);
  return copy;
}

describe('the bundled dataset is validated when the app is built, and its bytes recognised when the page loads', () => {
  it('the build validates the bundled file with parseDataset and records the SHA-256 the page computes for the same bytes', async () => {
    const digest = await buildDigest();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256Hex(bundledBytes())).toBe(digest);
  });

  it('bytes the build validated open as the dataset they spell', async () => {
    serve(bundledBytes());
    const outcome = await loadDataset(address, () => undefined, { validatedDigests: [await buildDigest()] });
    if (!outcome.ok) expect.fail(outcome.message);
    expect(outcome.dataset).toEqual(JSON.parse(new TextDecoder().decode(bundledBytes())));
  });

  it('a single changed byte is not the file the build validated: it gets the full validation and a located error', async () => {
    serve(withOneByteBroken());
    const outcome = await loadDataset(address, () => undefined, { validatedDigests: [await buildDigest()] });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toBe(`${address.href} is not a valid dataset: 1 problem found.`);
    expect(formatIssue(outcome.issues[0]!)).toMatch(/polarity/);
    expect(outcome.issues[0]!.found).toContain('x');
  });

  it('a researcher’s broken edit under the dev server (which validates everything: no digests) gets its located errors', async () => {
    // Vitest, like `npm start`, runs without the build step, so nothing is taken as validated.
    expect(BUILD_VALIDATED_DIGESTS).toEqual([]);
    serve(withOneByteBroken());
    const outcome = await loadDataset(address, () => undefined);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues.map(formatIssue).join('\n')).toMatch(/polarity/);
  });

  it('without Web Crypto (an http page that is not localhost) the page validates instead of trusting', async () => {
    vi.stubGlobal('crypto', undefined);
    expect(await sha256Hex(bundledBytes())).toBeNull();
    serve(withOneByteBroken());
    const outcome = await loadDataset(address, () => undefined, { validatedDigests: [await buildDigest()] });
    expect(outcome.ok).toBe(false);
  });

  it('a broken bundled file fails the build with every located problem', async () => {
    const checked = await checkBundledDataset(bundledFile, withOneByteBroken());
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(/^data\/reoffending-map\.json is not a valid dataset: 1 problem found\. Fix it and build again:\n {2}.*polarity/);
  });

  it('a bundled file that is not JSON fails the build with its line and column', async () => {
    const checked = await checkBundledDataset(bundledFile, new TextEncoder().encode('{ "meta": '));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(/line 1, column/);
  });
});
