import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuotes, parseDataset, type Dataset } from '../../../src/model';

/**
 * The bundled dataset is what funders read first: these checks keep its record honest between
 * reviews (issue 14). They read data/reoffending-map.json as shipped, not a fixture.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const sourcesDir = join(root, '../shared/sources');

function bundled(): Dataset {
  const result = parseDataset(JSON.parse(readFileSync(join(root, 'data/reoffending-map.json'), 'utf8')));
  if (!result.ok) throw new Error(`data/reoffending-map.json is not valid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.dataset;
}

describe('the bundled dataset', () => {
  it('is cited, in meta.citeAs, by the version it carries', () => {
    const { meta } = bundled();
    const cited = [...meta.citeAs.matchAll(/\bversion (\d+(?:\.\d+)*)/g)].map((m) => m[1]);
    expect(cited.length, 'meta.citeAs names no version').toBeGreaterThan(0);
    expect(cited.every((v) => v === meta.version), `meta.citeAs cites ${cited.join(', ')}; meta.version is ${meta.version}`).toBe(true);
  });

  it('has a changelog entry for its current version, dated no later than meta.updated', () => {
    const { meta } = bundled();
    const entry = meta.changelog.find((e) => e.version === meta.version);
    expect(entry, `meta.changelog has no entry for version ${meta.version}`).toBeDefined();
    expect(entry!.date <= meta.updated).toBe(true);
  });

  it('says, in each named loop\'s description, which of its links are inferred', () => {
    const dataset = bundled();
    const label = new Map(dataset.factors.map((f) => [f.id, f.label]));
    const silent: string[] = [];
    for (const loop of dataset.loops ?? []) {
      const steps = loop.factors.map((from, i) => [from, loop.factors[(i + 1) % loop.factors.length]!] as const);
      const inferred = steps.flatMap(([from, to]) => dataset.links.filter((l) => l.from === from && l.to === to && l.basis === 'inferred'));
      for (const link of inferred) {
        const named = /inferred/i.test(loop.description) && loop.description.includes(`${label.get(link.from)} → ${label.get(link.to)}`);
        if (!named) silent.push(`${loop.id}: ${link.id}`);
      }
    }
    expect(silent, 'loops whose description does not name an inferred link along them').toEqual([]);
  });

  it('points each link the sources want tested to a gap about that link', () => {
    const dataset = bundled();
    const misplaced = dataset.links
      .filter((l) => l.openQuestion !== undefined)
      .filter((l) => !dataset.gaps.find((g) => g.id === l.openQuestion)?.factors.includes(l.to));
    expect(misplaced.map((l) => l.id)).toEqual([]);
  });

  it.skipIf(!safeExists(sourcesDir))('quotes every citation word for word from its source text', () => {
    const dataset = bundled();
    const texts = new Map(dataset.sources.flatMap((s) => (s.file ? [[s.file, readFileSync(join(sourcesDir, s.file), 'utf8')] as const] : [])));
    expect(checkQuotes(dataset, texts)).toEqual([]);
  });
});

function safeExists(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}
