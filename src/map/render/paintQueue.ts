/**
 * Collects what parts of the picture need painting and paints each at most once, in a fixed order.
 * Outside a batch a change paints at once (the page is always up to date when a setter returns);
 * inside one, the parts wait for the batch's end, so opening a map that sets positions,
 * visibility, a traced path and a what-if paints every label once, not four times.
 */
export interface PaintQueue<Part extends string> {
  /** Marks parts as changed; paints them now unless a batch is open. */
  paint(...changed: Part[]): void;
  /** Paints whatever is waiting, now. */
  flush(): void;
  batch(changes: () => void): void;
}

export function createPaintQueue<Part extends string>(order: readonly Part[], painters: Readonly<Record<Part, () => void>>): PaintQueue<Part> {
  const pending = new Set<Part>();
  let open = 0;
  const flush = () => {
    for (const part of order) {
      if (!pending.has(part)) continue;
      pending.delete(part);
      painters[part]();
    }
  };
  return {
    paint(...changed) {
      for (const part of changed) pending.add(part);
      if (open === 0) flush();
    },
    flush,
    batch(changes) {
      open++;
      try {
        changes();
      } finally {
        open--;
        if (open === 0) flush();
      }
    },
  };
}
