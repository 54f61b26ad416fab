import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function validate(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/validate.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each case starts tsx in a child process: seconds on a shared machine, so a generous time limit.
describe('npm run validate: a researcher checks a file from the command line', { timeout: 30_000 }, () => {
  it('exits 0 with a one-line summary of counts for a valid file, saying plainly that its quotes were not checked', () => {
    const { code, out } = validate('tests/fixtures/small-map.json');
    expect(code).toBe(0);
    expect(out.trim()).toBe(
      "tests/fixtures/small-map.json: structure valid, quotes not checked: 9 factors, 11 links, 3 interventions, 1 gaps, 1 loops, 2 sources; 23 quotes NOT checked (add --sources <folder of source texts>, or --sources alone to read each source's file beside the dataset); 0 summaries of external sources that cannot be checked here, 1 quote from sources with no text file here.",
    );
    expect(out).not.toMatch(/: valid[:,]/);
  });

  it('with --sources, says how many citations were checked word for word and how many are summaries it cannot check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    const dataset = JSON.parse(readFileSync(join(root, 'tests/fixtures/small-map.json'), 'utf8'));
    const quotes: string[] = [];
    for (const item of [...dataset.factors, ...dataset.links, ...dataset.gaps, ...dataset.interventions.map((i: { evidence: unknown }) => i.evidence)]) {
      for (const citation of item.citations) if (citation.source === 'interviews') quotes.push(citation.quote);
    }
    writeFileSync(join(dir, 'fixture-interviews.txt'), quotes.join('\n'));
    dataset.sources.push({
      id: 'a-review', title: 'A made-up review', kind: 'review', external: true, study: 'systematic-review',
      url: 'https://example.org/review', read: '2026-11-30', caveat: 'Made up for tests.',
    });
    const summary = { source: 'a-review', finding: 'Less reoffending among those who took part.', locator: 'Section 3' };
    dataset.interventions[0].evidence.citations.push(summary);
    dataset.links[0].citations.push(summary, summary);
    const file = join(dir, 'with-review.json');
    writeFileSync(file, JSON.stringify(dataset));
    const { code, out } = validate(file, '--sources', dir);
    expect(code).toBe(0);
    expect(out).toContain(`: valid, quotes checked: `);
    expect(out).toContain(`; ${quotes.length} citations checked word for word against the sources in ${dir}; 3 summaries of external sources that cannot be checked here, 1 quote from sources with no text file here.`);
  });

  it('exits 1 listing every problem, each located, for an invalid file', () => {
    const { code, err } = validate('tests/fixtures/invalid-map.json');
    expect(code).toBe(1);
    const lines = err.trim().split('\n');
    expect(lines).toEqual([
      expect.stringContaining('tests/fixtures/invalid-map.json: links[0] "homeless-on-release → missed-appointments", field "polarity": found "plus"'),
      expect.stringContaining('factors[2] "recall", field "citations[0].source": found "unknown-report"'),
      expect.stringContaining('links[5] "unmet-needs → nowhere", field "to": found "nowhere"'),
      "tests/fixtures/invalid-map.json: 3 problems found; quotes were not checked (add --sources <folder of source texts>, or --sources alone to read each source's file beside the dataset).",
    ]);
  });

  it('exits 2 with the line and column for a file that is not JSON', () => {
    const { code, err } = validate('tests/fixtures/not-json.json');
    expect(code).toBe(2);
    expect(err).toContain('tests/fixtures/not-json.json:4:1: not valid JSON at line 4, column 1');
  });

  it('reads a file with a byte-order mark as the browser does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bom-'));
    const file = join(dir, 'with-bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(join(root, 'tests/fixtures/small-map.json'), 'utf8')}`);
    const { code, out } = validate(file);
    expect(code).toBe(0);
    expect(out).toContain('structure valid, quotes not checked: 9 factors');
  });

  it('exits 2 with a line and column, not a stack trace, for JSON nested 100,000 deep', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deep-'));
    const file = join(dir, 'deep.json');
    writeFileSync(file, '['.repeat(100_000));
    const { code, err } = validate(file);
    expect(code).toBe(2);
    expect(err).toContain(`${file}:1:201: nested more than 200 levels deep`);
    expect(err).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('exits 2 for a file that cannot be read', () => {
    const { code, err } = validate('tests/fixtures/there-is-no-such-file.json');
    expect(code).toBe(2);
    expect(err).toContain('cannot read the file');
  });

  it('with --sources, lists each quote that is not in its source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-'));
    writeFileSync(join(dir, 'fixture-interviews.txt'), 'Only this sentence: quote about recall to prison.');
    const { code, err } = validate('tests/fixtures/small-map.json', '--sources', dir);
    expect(code).toBe(1);
    expect(err).toContain('factors[0] "homeless-on-release", field "citations[0].quote": found "quote about released with nowhere to sleep"; expected a quote that appears word for word in source "interviews"');
    expect(err).not.toContain('factors[2] "recall", field "citations[0].quote"');
  });
});

describe('npm run validate never calls valid what it has not checked', { timeout: 30_000 }, () => {
  const fixture = () => JSON.parse(readFileSync(join(root, 'tests/fixtures/small-map.json'), 'utf8'));
  const interviewQuotes = (dataset: { factors: Array<{ citations: Array<{ source: string; quote: string }> }>; links: typeof dataset.factors; gaps: typeof dataset.factors; interventions: Array<{ evidence: { citations: Array<{ source: string; quote: string }> } }> }) =>
    [...dataset.factors, ...dataset.links, ...dataset.gaps, ...dataset.interventions.map((i) => i.evidence)]
      .flatMap((item) => item.citations)
      .filter((c) => c.source === 'interviews')
      .map((c) => c.quote);

  it('reports a made-up quote beside structural problems in the same file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'made-up-'));
    const dataset = fixture();
    writeFileSync(join(dir, 'fixture-interviews.txt'), interviewQuotes(dataset).join('\n'));
    dataset.links[0].polarity = 'plus';
    delete dataset.factors[3].label;
    dataset.factors[1].citations[0] = { source: 'interviews', quote: 'A sentence nobody in the interviews ever said.' };
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(dataset));
    const { code, err } = validate(file, '--sources', dir);
    expect(code).toBe(1);
    expect(err).toContain('field "polarity": found "plus"');
    expect(err).toContain('factors[3] "fear-of-recall", field "label"');
    expect(err).toContain('factors[1] "missed-appointments", field "citations[0].quote": found "A sentence nobody in the interviews ever said."; expected a quote that appears word for word in source "interviews"');
    expect(err).toContain(`3 problems found; quotes were checked against the sources in ${dir}.`);
  });

  it("with --sources alone, reads each source's file beside the dataset file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'beside-'));
    const dataset = fixture();
    const quotes = interviewQuotes(dataset);
    writeFileSync(join(dir, 'fixture-interviews.txt'), quotes.join('\n'));
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify(dataset));
    const good = validate('--sources', file);
    expect(good.code).toBe(0);
    expect(good.out).toContain(`${file}: valid, quotes checked: 9 factors`);
    expect(good.out).toContain(`${quotes.length} citations checked word for word against the sources beside ${file}`);

    writeFileSync(join(dir, 'fixture-interviews.txt'), quotes.slice(1).join('\n'));
    const bad = validate(file, '--sources');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`found ${JSON.stringify(quotes[0])}; expected a quote that appears word for word in source "interviews"`);
  });

  it('names a source file it cannot find beside the dataset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'missing-'));
    const file = join(dir, 'map.json');
    writeFileSync(file, JSON.stringify(fixture()));
    const { code, err } = validate(file, '--sources');
    expect(code).toBe(1);
    expect(err).toContain('sources[0] "interviews", field "file": found "fixture-interviews.txt", which could not be read');
  });
});
