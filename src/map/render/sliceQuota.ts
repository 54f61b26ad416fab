/**
 * How many items (links, labels) the next slice of a picture should draw so that it, with the
 * browser drawing its pixels, takes about `targetMs`: learnt from how long the slices before it
 * took per item, for each kind of item, and kept from one picture to the next. A slice that ran
 * long shrinks the next at once; one that ran short grows it by at most half, so one lucky
 * measurement cannot make the next slice run long.
 */
export function createSliceQuota(targetMs: number, start: Readonly<Record<string, number>>, limits = { min: 20, max: 20_000 }) {
  const sizes = new Map(Object.entries(start));
  let last: { kind: string; count: number } | null = null;
  return {
    /** The size of the next slice of `kind` (at most `left`, what remains to draw), remembered until `report`. */
    take(kind: string, left: number): number {
      const count = Math.max(1, Math.min(left, sizes.get(kind) ?? limits.min));
      last = { kind, count };
      return count;
    },
    /** How long the last slice taken took; a step that took no slice (`take` not called since) is ignored. */
    report(ms: number): void {
      if (!last) return;
      const { kind, count } = last;
      last = null;
      const now = sizes.get(kind) ?? limits.min;
      // Slices smaller than the quota (the end of a run) say little about the rate when quick.
      if (count < now && ms < targetMs) return;
      const ideal = ms > 0 ? (count * targetMs) / ms : now * 1.5;
      sizes.set(kind, Math.round(Math.min(limits.max, Math.max(limits.min, Math.min(ideal, now * 1.5)))));
    },
    size: (kind: string) => sizes.get(kind) ?? limits.min,
  };
}

export type SliceQuota = ReturnType<typeof createSliceQuota>;

/** A quota that never slices: everything in one go (a picture drawn at once). */
export const WHOLE: SliceQuota = { take: (_kind, left) => Math.max(1, left), report: () => undefined, size: () => Infinity };

/** Zooms within about 40% of each other share a band (for quotas whose cost grows with the zoom). */
export const zoomBand = (k: number) => Math.round(Math.log2(k) * 2);
