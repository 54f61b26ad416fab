import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelCandidate } from '../../../src/map/render/labelPlacement';

function grid(n: number, spacing: number): LabelCandidate[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    at: { x: (i % 5) * spacing, y: Math.floor(i / 5) * spacing },
    radius: 8,
    lines: ['A fairly long label', 'on two lines'],
    shortLines: ['A fairly long…'],
    priority: i,
  }));
}

describe('label placement: labels never pile on each other', () => {
  it('shows no two overlapping labels', () => {
    const candidates = grid(25, 60);
    const shown = placeLabels(candidates, 1);
    const boxes = candidates.filter((c) => shown.has(c.id)).map((c) => labelBox(c, shown.get(c.id)!, 1));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
  });

  it('shortens a label to one line before it hides it', () => {
    const candidates = grid(25, 40);
    const shown = placeLabels(candidates, 1);
    expect([...shown.values()].some((lines) => lines.length === 1 && lines[0] === 'A fairly long…')).toBe(true);
  });

  it('hides fewer labels as the map is zoomed in, and the most connected keep theirs when zoomed out', () => {
    const candidates = grid(25, 60);
    const out = placeLabels(candidates, 0.4);
    const normal = placeLabels(candidates, 1);
    const close = placeLabels(candidates, 4);
    expect(out.size).toBeLessThan(normal.size);
    expect(normal.size).toBeLessThan(close.size);
    expect(close.size).toBe(25);
    expect(out.has('n24')).toBe(true);
  });

  it('always shows the selected or hovered node’s label', () => {
    const candidates = grid(25, 10).map((c) => (c.id === 'n0' ? { ...c, priority: Number.MAX_SAFE_INTEGER } : c));
    expect(placeLabels(candidates, 0.3).has('n0')).toBe(true);
  });
});
