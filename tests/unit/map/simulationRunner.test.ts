import { describe, expect, it } from 'vitest';
import { buildMapGraph } from '../../../src/analysis';
import { createLayout } from '../../../src/map/layout/createLayout';
import { createSimulationRunner, type Steppable } from '../../../src/map/layout/simulationRunner';
import { smallMap } from '../../fixtures/loadFixture';

/** Frames run by hand, and a clock that moves only when a tick says so. */
function manualFrames() {
  let clock = 0;
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    frames: {
      request: (run: () => void) => {
        queued.set(next, run);
        return next++;
      },
      cancel: (id: number) => void queued.delete(id),
      now: () => clock,
    },
    advance: (ms: number) => (clock += ms),
    /** Runs the frame waiting now, if any; says whether there was one. */
    runFrame() {
      const [id, run] = [...queued][0] ?? [];
      if (id === undefined || !run) return false;
      queued.delete(id);
      run();
      return true;
    },
  };
}

/** A warm-up of `total` ticks, each taking `msPerTick` on the manual clock. */
function countingLayout(total: number, msPerTick: number, advance: (ms: number) => void): Steppable & { ticks: number } {
  return {
    ticks: 0,
    warmUp(n) {
      for (let i = 0; i < n && this.ticks < total; i++) {
        this.ticks++;
        advance(msPerTick);
      }
      return this.ticks >= total;
    },
    progress() {
      return this.ticks / total;
    },
  };
}

describe('a large layout settles a slice per frame, and the page answers in between', () => {
  it('keeps each slice within its time, paints after each, and reports progress to the end', () => {
    const manual = manualFrames();
    const layout = countingLayout(100, 3, manual.advance);
    const slices: number[] = [];
    const progress: [number, boolean][] = [];
    const runner = createSimulationRunner({ layout, sliceMs: 12, onSlice: () => slices.push(layout.ticks), onProgress: (f, running) => progress.push([f, running]), frames: manual.frames });
    runner.start();
    expect(layout.ticks).toBe(0);
    while (manual.runFrame());
    expect(layout.ticks).toBe(100);
    // 4 ticks of 3 ms fill a 12 ms slice: 25 slices, each painted.
    expect(slices).toHaveLength(25);
    expect(slices[0]).toBe(4);
    expect(progress.at(-1)).toEqual([1, false]);
    expect(progress.slice(0, -1).every(([, running]) => running)).toBe(true);
    expect(runner.running()).toBe(false);
  });

  it('gives the layout as long as painting takes, when painting is the slower part', () => {
    const manual = manualFrames();
    const layout = countingLayout(100, 3, manual.advance);
    const slices: number[] = [];
    // Each paint takes 30 ms: after the first slice, each slice ticks for 30 ms (10 ticks), not 12.
    const onSlice = () => {
      slices.push(layout.ticks);
      manual.advance(30);
    };
    const runner = createSimulationRunner({ layout, sliceMs: 12, onSlice, onProgress: () => {}, frames: manual.frames });
    runner.start();
    while (manual.runFrame());
    expect(slices.slice(0, 3)).toEqual([4, 14, 24]);
    expect(layout.ticks).toBe(100);
  });

  it('stops where it is when asked, and says so', () => {
    const manual = manualFrames();
    const layout = countingLayout(100, 3, manual.advance);
    const progress: [number, boolean][] = [];
    const runner = createSimulationRunner({ layout, sliceMs: 12, onSlice: () => {}, onProgress: (f, running) => progress.push([f, running]), frames: manual.frames });
    runner.start();
    manual.runFrame();
    manual.runFrame();
    runner.stop();
    expect(manual.runFrame()).toBe(false);
    expect(layout.ticks).toBe(8);
    expect(progress.at(-1)).toEqual([0.08, false]);
    expect(runner.running()).toBe(false);
  });

  it('settles a layout sliced over frames exactly where settling it at once puts it', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    // One published position: every other node is placed by force.
    const first = graph.nodes[0]!;
    const options = { nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length, seed: 7, pinned: { [first.id]: { x: 0, y: 0 } } };
    const atOnce = createLayout(options);
    atOnce.settle();
    const sliced = createLayout(options);
    expect(sliced.warmUpWork()).toBeGreaterThan(0);
    sliced.beginWarmUp();
    const manual = manualFrames();
    // Each tick "takes" 5 ms: a few ticks per 12 ms slice.
    const timed: Steppable = { warmUp: (n) => (manual.advance(5 * Math.min(n, 1)), sliced.warmUp(n)), progress: () => sliced.progress() };
    const runner = createSimulationRunner({ layout: timed, sliceMs: 12, onSlice: () => {}, onProgress: () => {}, frames: manual.frames });
    runner.start();
    let frames = 0;
    while (manual.runFrame()) frames++;
    expect(frames).toBeGreaterThan(10);
    expect(sliced.progress()).toBe(1);
    expect([...sliced.positions()]).toEqual([...atOnce.positions()]);
  });

  it('has nothing to run when every node has its place', () => {
    const dataset = smallMap();
    const graph = buildMapGraph(dataset);
    const layout = createLayout({ nodes: graph.nodes, edges: graph.edges, stageCount: dataset.vocabularies.stages.length, seed: 7 });
    expect(layout.warmUpWork()).toBe(0);
    layout.beginWarmUp();
    expect(layout.warmUp(1)).toBe(true);
    expect(layout.progress()).toBe(1);
  });
});
