import { describe, expect, it } from 'vitest';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { buildFactorGraph, feedbackLoops } from '../../../src/analysis';
import { factorBetweenness } from '../../../src/analysis/centrality';
import { createAnalysisHandler } from '../../../src/store/analysisWorker/handleAnalysisMessage';
import { analysisInput, type AnalysisReply } from '../../../src/store/analysisWorker/protocol';
import { runFactorAnalysis } from '../../../src/store/analysisWorker/runFactorAnalysis';
import { LARGE_ANALYSIS_FACTORS, factorAnalysisOf, type FactorAnalysis } from '../../../src/store/analysisWorker/factorAnalysis';
import { smallMap } from '../../fixtures/loadFixture';
import { generatedMap } from '../../fixtures/generatedMap';

const immediately = () => Promise.resolve();

/** Runs a request through the worker's handler, as the worker would, and collects its replies. */
async function throughHandler(dataset = generatedMap(600)) {
  const replies: AnalysisReply[] = [];
  const handle = createAnalysisHandler((reply) => replies.push(structuredClone(reply)), immediately);
  // What crosses to a worker is a structured clone of the slim input: test exactly that.
  await handle({ type: 'analyse', job: 1, input: structuredClone(analysisInput(dataset)) });
  return { dataset, replies };
}

describe('analysis off the main thread: a large map gives the same loops and centrality as computed at once', () => {
  it('answers with the loops first, then centrality, equal to the synchronous results', async () => {
    const { dataset, replies } = await throughHandler();
    const graph = buildFactorGraph(dataset);
    expect(replies[0]?.type).toBe('loops');
    expect(replies.at(-1)?.type).toBe('betweenness');
    const loops = replies.find((r) => r.type === 'loops');
    const centrality = replies.find((r) => r.type === 'betweenness');
    expect(loops?.type === 'loops' && loops.search).toEqual(feedbackLoops(dataset, graph));
    expect(loops?.type === 'loops' && loops.search.loops.length).toBeGreaterThan(10);
    expect(new Map(centrality?.type === 'betweenness' ? centrality.values : [])).toEqual(factorBetweenness(graph));
  });

  it('keeps the dataset’s named loops, with their names, when only the slim input crosses over', async () => {
    const { replies } = await throughHandler(smallMap());
    const loops = replies.find((r) => r.type === 'loops');
    expect(loops?.type === 'loops' && loops.search.loops.find((l) => l.named)?.name).toBe('Recall cycle');
  });

  it('reports centrality’s progress as it goes, never more than all the factors', async () => {
    const dataset = generatedMap(600);
    const progress: number[] = [];
    let result: Map<string, number> | null = null;
    let clock = 0;
    await runFactorAnalysis(
      dataset,
      { loops: () => {}, progress: (p) => progress.push(p.done / p.total), betweenness: (v) => (result = v), pause: immediately, cancelled: () => false },
      () => (clock += 30),
    );
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(Math.max(...progress)).toBeLessThanOrEqual(1);
    expect(result).toEqual(factorBetweenness(buildFactorGraph(dataset)));
  });

  it('stops a job when a newer one starts (an edit makes a new dataset), answering only the newer', async () => {
    const replies: AnalysisReply[] = [];
    const handle = createAnalysisHandler((reply) => replies.push(reply), () => new Promise((resolve) => setTimeout(resolve, 0)));
    const first = handle({ type: 'analyse', job: 1, input: analysisInput(generatedMap(1_500)) });
    const second = handle({ type: 'analyse', job: 2, input: analysisInput(generatedMap(300, 9)) });
    await Promise.all([first, second]);
    expect(replies.filter((r) => r.type === 'betweenness').map((r) => r.job)).toEqual([2]);
  });

  it('says what failed rather than going quiet', async () => {
    const replies: AnalysisReply[] = [];
    const handle = createAnalysisHandler((reply) => replies.push(reply), immediately);
    await handle({ type: 'analyse', job: 4, input: null as never });
    expect(replies.find((r) => r.job === 4)?.type).toBe('failed');
  });
});

describe('betweenness on index arrays agrees with graphology-metrics', () => {
  it.each([
    ['the small fixture', smallMap()],
    ['a generated map of 400 factors', generatedMap(400, 3)],
  ])('on %s', (_, dataset) => {
    const graph = buildFactorGraph(dataset);
    const ours = factorBetweenness(graph);
    const reference = betweennessCentrality(graph, { normalized: true });
    expect([...ours.keys()].sort()).toEqual(Object.keys(reference).sort());
    for (const [id, value] of ours) expect(value).toBeCloseTo(reference[id]!, 12);
    expect(Math.max(...ours.values())).toBeGreaterThan(0);
  });
});

describe('memoised per dataset, with the main thread as fallback where no worker can start', () => {
  it('computes a small map at once, and a large one in slices to the same figures', async () => {
    const small = smallMap();
    expect(factorAnalysisOf(small).snapshot().betweenness).not.toBeNull();

    const large = generatedMap(LARGE_ANALYSIS_FACTORS + 100);
    const entry = factorAnalysisOf(large);
    expect(entry.snapshot().betweenness).toBeNull();
    const done = new Promise<FactorAnalysis>((resolve) => {
      const stop = entry.subscribe(() => {
        const s = entry.snapshot();
        if (s.betweenness) {
          stop();
          resolve(s);
        }
      });
    });
    const result = await done;
    const graph = buildFactorGraph(large);
    expect(result.loops).toEqual(feedbackLoops(large, graph));
    expect(result.betweenness).toEqual(factorBetweenness(graph));
    expect(factorAnalysisOf(large)).toBe(entry);
  });
});
