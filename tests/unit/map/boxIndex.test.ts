import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBoxIndex, overlaps } from '../../../src/map/render/boxIndex';
import { ALWAYS, labelBox, placeLabels, type Box, type LabelCandidate } from '../../../src/map/render/labelPlacement';

const box = fc
  .record({ x: fc.double({ min: -500, max: 500, noNaN: true }), y: fc.double({ min: -500, max: 500, noNaN: true }), w: fc.double({ min: 0, max: 300, noNaN: true }), h: fc.double({ min: 0, max: 80, noNaN: true }) })
  .map(({ x, y, w, h }): Box => ({ x0: x, y0: y, x1: x + w, y1: y + h }));

/** The plain check the index replaces: every label against every placed label and every other node. */
function placeLabelsPairwise(candidates: readonly LabelCandidate[]): Set<string> {
  const nodeBoxes = candidates.map((c) => ({ id: c.id, box: { x0: c.at.x - c.radius, y0: c.at.y - c.radius, x1: c.at.x + c.radius, y1: c.at.y + c.radius } }));
  const placed: Box[] = [];
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const b = labelBox(c);
    const fits = !placed.some((p) => overlaps(p, b)) && !nodeBoxes.some((n) => n.id !== c.id && overlaps(n.box, b));
    if (!fits && c.priority !== ALWAYS) continue;
    placed.push(b);
    shown.add(c.id);
  }
  return shown;
}

describe('a spatial index of boxes answers as a check against every box would', () => {
  it('finds an overlap exactly when some stored box overlaps (random boxes)', () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), fc.array(box, { minLength: 1, maxLength: 20 }), (stored, queries) => {
        const index = createBoxIndex();
        stored.forEach((b, i) => index.add(b, `b${i}`));
        for (const q of queries) expect(index.overlapsAny(q)).toBe(stored.some((b) => overlaps(b, q)));
        // Leaving out one owner's box leaves out exactly that box.
        for (const q of queries) expect(index.overlapsAny(q, 'b0')).toBe(stored.some((b, i) => i !== 0 && overlaps(b, q)));
      }),
    );
  });

  it('counts boxes that only touch as apart, as the pairwise check does', () => {
    const index = createBoxIndex();
    index.add({ x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(index.overlapsAny({ x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(index.overlapsAny({ x0: 9.99, y0: 0, x1: 20, y1: 10 })).toBe(true);
  });

  it('chooses the same labels as the pairwise check, on any map (random nodes, labels and priorities)', () => {
    const candidate = fc.record({
      x: fc.double({ min: 0, max: 800, noNaN: true }),
      y: fc.double({ min: 0, max: 600, noNaN: true }),
      radius: fc.double({ min: 4, max: 16, noNaN: true }),
      chars: fc.integer({ min: 1, max: 30 }),
      lineCount: fc.integer({ min: 1, max: 3 }),
      font: fc.constantFrom(8, 11, 20, 40),
      priority: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(ALWAYS)),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 80 }), (drawn) => {
        const candidates: LabelCandidate[] = drawn.map((d, i) => ({
          id: `n${i}`,
          at: { x: d.x, y: d.y },
          radius: d.radius,
          lines: Array.from({ length: d.lineCount }, () => 'x'.repeat(d.chars)),
          side: 'right',
          font: d.font,
          priority: d.priority,
        }));
        expect([...placeLabels(candidates)].sort()).toEqual([...placeLabelsPairwise(candidates)].sort());
      }),
    );
  });
});
