/**
 * Arrow keys move between the picture's marks. Right and Left step through them in reading order
 * (row by row, left to right), so every mark is reached and Left always undoes Right; Down and Up
 * go to the nearest mark below or above, favouring one in the same column over one off to the
 * side, as a sighted reader's eye would. Home and End go to the first and last.
 */
interface Point {
  x: number;
  y: number;
}

const DIRECTIONS: Record<string, Point> = {
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/** The index to move to, or null when the key is not a move or there is nothing that way. */
export function nextMarkIndex(marks: readonly Point[], from: number, key: string): number | null {
  if (marks.length === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return marks.length - 1;
  if (key === 'ArrowRight') return from + 1 < marks.length ? from + 1 : null;
  if (key === 'ArrowLeft') return from > 0 ? from - 1 : null;
  const direction = DIRECTIONS[key];
  const here = marks[from];
  if (!direction || !here) return null;
  let best: number | null = null;
  let bestCost = Infinity;
  marks.forEach((mark, i) => {
    if (i === from) return;
    const along = (mark.x - here.x) * direction.x + (mark.y - here.y) * direction.y;
    if (along <= 0) return;
    const across = Math.abs((mark.x - here.x) * direction.y) + Math.abs((mark.y - here.y) * direction.x);
    // Off to the side counts triple, so the mark straight ahead wins over a nearer diagonal one.
    const cost = along + 3 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  });
  return best;
}
