/**
 * Runs a picture's drawing steps (a generator that yields between costly parts) for at most about
 * `budgetMs`, then stops, so no task holds the main thread long; the next call carries on where
 * this one stopped. `afterStep` runs after each step (the canvas painter makes the browser draw
 * the step's pixels there, so that work falls inside the step's own task too). Returns true once
 * every step is done. The budget is checked between steps, so a task lasts the budget plus at most
 * one step.
 */
export function runSlices<T>(steps: Iterator<T, void>, budgetMs: number, clock: () => number, afterStep?: (step: T | void) => void): boolean {
  const start = clock();
  for (;;) {
    const { done, value } = steps.next();
    afterStep?.(value);
    if (done) return true;
    if (clock() - start >= budgetMs) return false;
  }
}

/** Runs a callback in a task of its own, soon (a message, unclamped, unlike a nested setTimeout). */
export function createTaskQueue(run: () => void) {
  const channel = new MessageChannel();
  let queued = false;
  let stopped = false;
  channel.port1.onmessage = () => {
    queued = false;
    if (!stopped) run();
  };
  return {
    post() {
      if (queued || stopped) return;
      queued = true;
      channel.port2.postMessage(null);
    },
    stop() {
      stopped = true;
      channel.port1.close();
    },
  };
}

/** Runs every step at once (a picture drawn in one go). */
export function runAll(steps: Iterator<unknown, unknown>): void {
  while (!steps.next().done);
}
