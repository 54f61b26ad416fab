import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARISON_DESIGNS, evidenceRank, parseDataset, type Dataset } from '../../../src/model';

/**
 * What a funder filtering to "moderate or stronger" relies on (issue 16): every such rating rests on
 * research of comparison-group design, says which way the effect goes, and names what carries it.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));

function bundled(): Dataset {
  const result = parseDataset(JSON.parse(readFileSync(join(root, 'data/reoffending-map.json'), 'utf8')));
  if (!result.ok) throw new Error(`data/reoffending-map.json is not valid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.dataset;
}

describe('the bundled dataset: ratings and the research that carries them', () => {
  const dataset = bundled();
  const source = new Map(dataset.sources.map((s) => [s.id, s]));
  const aboveLimited = dataset.interventions.filter((i) => evidenceRank(i.evidence.strength) > evidenceRank('limited'));

  it('cites, for every rating above limited, an external source of comparison-group design or better', () => {
    expect(aboveLimited.length).toBeGreaterThan(0);
    const without = aboveLimited
      .filter((i) => !i.evidence.citations.some((c) => {
        const s = source.get(c.source);
        return s?.external === true && s.study !== undefined && COMPARISON_DESIGNS.includes(s.study);
      }))
      .map((i) => i.id);
    expect(without, 'ratings above limited with no comparison-group research cited').toEqual([]);
  });

  it('names, for every rating above limited, the comparison-group research that carries it, and the direction of the effect', () => {
    const problems = aboveLimited.flatMap((i) => {
      const basis = i.evidence.basis;
      const carriers = (basis?.sources ?? []).map((id) => source.get(id));
      const ok =
        basis?.restsOn === 'research' &&
        i.evidence.direction !== undefined &&
        carriers.some((s) => s?.external === true && s.study !== undefined && COMPARISON_DESIGNS.includes(s.study));
      return ok ? [] : [i.id];
    });
    expect(problems).toEqual([]);
  });

  it('records a rating basis and a direction for every intervention', () => {
    const missing = dataset.interventions.filter((i) => !i.evidence.basis || !i.evidence.direction).map((i) => i.id);
    expect(missing).toEqual([]);
  });

  it('never rates testimony alone above testimony, nor research above testimony without citing it', () => {
    const wrong = dataset.interventions.filter((i) => (i.evidence.strength === 'testimony') !== (i.evidence.basis?.restsOn === 'testimony')).map((i) => i.id);
    expect(wrong).toEqual([]);
  });

  it('summarises external sources and quotes stored ones, with a locator on every summary', () => {
    const all = [
      ...dataset.factors.flatMap((f) => f.citations),
      ...dataset.links.flatMap((l) => l.citations),
      ...dataset.interventions.flatMap((i) => i.evidence.citations),
      ...dataset.gaps.flatMap((g) => g.citations),
    ];
    for (const c of all) {
      const external = source.get(c.source)?.external === true;
      expect(external ? c.finding !== undefined && c.locator !== undefined && c.quote === undefined : c.quote !== undefined).toBe(true);
    }
  });

  it('answers the funder: at least five interventions at moderate or above, and findings of no clear effect or harm', () => {
    expect(dataset.interventions.filter((i) => evidenceRank(i.evidence.strength) >= evidenceRank('moderate')).length).toBeGreaterThanOrEqual(5);
    const noEffectOrHarm = new Set(
      dataset.interventions.flatMap((i) => i.evidence.citations.filter((c) => c.direction === 'no-clear-effect' || c.direction === 'increases').map((c) => c.finding)),
    );
    expect(noEffectOrHarm.size).toBeGreaterThanOrEqual(3);
  });
});
