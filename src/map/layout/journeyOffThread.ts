import { journeyLayout, type JourneyLayout, type JourneyOptions } from './journeyLayout';

/**
 * Nodes plus edges above which the journey layout is computed in a worker, so the page keeps
 * answering while it runs. Below it (every hand-drawn map, the bundled one included) it runs at
 * once, and the first paint comes in the same task as before.
 */
export const OFF_THREAD_WORK = 1_500;

export function worthOffThread(options: JourneyOptions): boolean {
  return typeof Worker !== 'undefined' && options.nodes.length + options.edges.length > OFF_THREAD_WORK;
}

/**
 * The journey layout computed in a worker. Where a worker cannot start or fails (a browser
 * without module workers, say), the same layout is computed on the main thread: the picture is
 * the same either way, only the wait differs. `signal` ends the worker when the map goes away.
 */
export function journeyOffThread(options: JourneyOptions, signal: AbortSignal): Promise<JourneyLayout> {
  const here = () => journeyLayout(options);
  return new Promise<JourneyLayout>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./journeyWorker.ts', import.meta.url), { type: 'module', name: 'journey layout' });
    } catch {
      resolve(here());
      return;
    }
    const finish = (layout: JourneyLayout | null) => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
      if (!signal.aborted) resolve(layout ?? here());
    };
    const abort = () => finish(null);
    signal.addEventListener('abort', abort);
    worker.addEventListener('message', (event: MessageEvent<JourneyLayout>) => finish(event.data));
    worker.addEventListener('error', () => finish(null));
    worker.addEventListener('messageerror', () => finish(null));
    // Only the fields the layout reads cross over: the nodes and edges as plain data.
    worker.postMessage({ nodes: options.nodes, edges: options.edges, stageCount: options.stageCount } satisfies JourneyOptions);
  });
}
