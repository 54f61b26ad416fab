/** Only work at least this long is recorded, so the page's timeline stays short. */
const WORTH_RECORDING_MS = 4;

/**
 * Runs main-thread layout work and, when it took a while, records it on the page's performance
 * timeline as "layout: <what>" (a User Timing measure, as React records its renders), so a profile
 * or the benchmark can tell the layout's share of a long task from the painter's.
 */
export function timed<T>(what: string, work: () => T, atLeastMs = WORTH_RECORDING_MS): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    if (performance.now() - start >= atLeastMs && typeof performance.measure === 'function') {
      try {
        performance.measure(`layout: ${what}`, { start });
      } catch {
        // A timeline that cannot take measures (an old browser) records nothing.
      }
    }
  }
}

/** Marks a moment of the layout's on the page's timeline ("layout: settled"), as a peer library's own "stopped" event. */
export function markLayout(what: string): void {
  if (typeof performance.mark === 'function') performance.mark(`layout: ${what}`);
}
