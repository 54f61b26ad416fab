/** A figure, or why there is none: a measurement that ran past its budget says so instead of hanging. */
export type Figure = { ms: number } | { timedOutAfter: number } | { skipped: string };

export class TimedOut extends Error {
  constructor(readonly after: number) {
    super(`timed out after ${after} ms`);
  }
}

/** Resolves as `work` does, or rejects with TimedOut after `ms`, whichever comes first. */
export function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** "640 ms", "3.1 s", "> 60 s (timed out)", or the reason a figure was skipped. */
export function formatFigure(figure: Figure | undefined, unit: 'ms' | 'fps' | 'MB' = 'ms'): string {
  if (!figure) return '–';
  if ('skipped' in figure) return figure.skipped;
  if ('timedOutAfter' in figure) return `> ${Math.round(figure.timedOutAfter / 1000)} s (timed out)`;
  if (unit === 'fps') return `${figure.ms.toFixed(0)} fps`;
  if (unit === 'MB') return `${figure.ms.toFixed(0)} MB`;
  return figure.ms < 1000 ? `${Math.round(figure.ms)} ms` : `${(figure.ms / 1000).toFixed(1)} s`;
}

export const valueOf = (figure: Figure | undefined): number | null => (figure && 'ms' in figure ? figure.ms : null);
