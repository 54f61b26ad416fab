import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode } from '../../../src/analysis';
import { createLayout } from '../../../src/map/layout/createLayout';
import { journeyLayout } from '../../../src/map/layout/journeyLayout';
import { OFF_THREAD_WORK, worthOffThread } from '../../../src/map/layout/journeyOffThread';

const factor = (i: number): MapNode => ({ id: `f${i}`, kind: 'factor', label: `Factor ${i}`, group: 'health', stageIndices: [i % 4], degree: 2 });
const link = (from: number, to: number): MapEdge => ({ id: `l${from}-${to}`, kind: 'link', from: `f${from}`, to: `f${to}`, polarity: '+', inferred: false });

/** A ring of n factors over four stages, as a stranger's file might hold. */
function ring(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => factor(i));
  const edges = nodes.map((_, i) => link(i, (i + 1) % n));
  return { nodes, edges, stageCount: 4 };
}

describe('journey layout off the main thread', () => {
  it('is worth a worker only for a large map, and only where workers exist', () => {
    const small = ring(100);
    const large = ring(OFF_THREAD_WORK);
    const hadWorker = 'Worker' in globalThis;
    const saved = (globalThis as { Worker?: unknown }).Worker;
    try {
      (globalThis as { Worker?: unknown }).Worker = class {};
      expect(worthOffThread(small)).toBe(false);
      expect(worthOffThread(large)).toBe(true);
      delete (globalThis as { Worker?: unknown }).Worker;
      expect(worthOffThread(large)).toBe(false);
    } finally {
      if (hadWorker) (globalThis as { Worker?: unknown }).Worker = saved;
    }
  });

  it('gives the same layout when its journey comes ready-made (as from a worker, through a structured clone)', () => {
    const graph = ring(200);
    const journey = structuredClone(journeyLayout(graph));
    const here = createLayout({ ...graph, seed: 3 });
    const given = createLayout({ ...graph, seed: 3, journey });
    here.settle();
    given.settle();
    expect([...given.positions()]).toEqual([...here.positions()]);
    expect(given.geometry()).toEqual(here.geometry());
  });
});
