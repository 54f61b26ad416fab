import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/io/loadDataset';
import { loadStoryParam } from '../../../src/io/story/loadStory';
import { formatIssue } from '../../../src/model';
import { validateFile } from '../../../scripts/validate/validateFile';
import { CORPUS, manifestEntry } from '../../fixtures/hostile/corpus';
import { corpusBytes, type CorpusCase } from '../../fixtures/hostile/corpusCase';
import { corpusFolder, corpusPath, LOCATED } from '../../fixtures/hostile/corpusFiles';

const address = 'https://example.org/hostile.json';
const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** What the browser's own loader says of a file served at `address` (fetch answered with its bytes). */
async function browserLoader(hostile: CorpusCase): Promise<{ shown: boolean; message: string }> {
  const bytes = corpusBytes(hostile);
  globalThis.fetch = (async () => new Response(new Uint8Array(bytes), { status: 200, headers: { 'content-length': String(bytes.length) } })) as typeof fetch;
  if (hostile.kind === 'story') {
    const result = await loadStoryParam(address, 'https://example.org/map/');
    return result.ok ? { shown: true, message: '' } : { shown: false, message: result.issues.map(formatIssue).join('\n') };
  }
  const result = await loadDataset(new URL(address), () => undefined);
  return result.ok ? { shown: true, message: '' } : { shown: false, message: [result.message, ...result.issues.map(formatIssue)].join('\n') };
}

describe('the hostile corpus', () => {
  it('holds at least 60 files, datasets and stories, each listed in corpus.json with what it attacks and what must happen', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((c) => c.file)).size).toBe(CORPUS.length);
    expect(CORPUS.filter((c) => c.kind === 'story').length).toBeGreaterThanOrEqual(10);
    const manifest = JSON.parse(readFileSync(join(corpusFolder, '..', 'corpus.json'), 'utf8'));
    expect(manifest).toEqual({ files: CORPUS.map(manifestEntry) });
  });

  it('is committed exactly as defined (npm run corpus -- --write rewrites it)', () => {
    for (const hostile of CORPUS.filter((c) => !c.generated)) {
      expect(readFileSync(join(corpusFolder, hostile.file)).equals(corpusBytes(hostile)), hostile.file).toBe(true);
    }
  });
});

// Committed files are tiny; the generated ones parse megabytes, on a machine shared by several
// test runs, so their limit has room (`npm run corpus` prints each one's real time).
describe.each(CORPUS.map((c) => [c.file, c] as const))('hostile file %s', (_file, hostile) => {
  it(`is ${hostile.expect === 'shown' ? 'opened' : 'refused with a located error'} by the browser's loader and the validator alike, without throwing`, { timeout: 60_000 }, async () => {
    const started = performance.now();
    const browser = await browserLoader(hostile);
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(hostile.generated ? 5_000 : 2_000);

    const cli = validateFile(corpusPath(hostile));
    const cliText = cli.err.join('\n');
    expect({ browser: browser.shown, cli: cli.code === 0 }).toEqual({ browser: hostile.expect === 'shown', cli: hostile.expect === 'shown' });
    if (hostile.expect === 'rejected') {
      expect(browser.message).toMatch(LOCATED);
      expect(cliText).toMatch(LOCATED);
      expect(cliText).toContain(hostile.where);
      if (hostile.kind === 'dataset') expect(browser.message).toContain(hostile.where);
      expect(cliText).not.toMatch(/\n\s+at /);
    }
  });
});
