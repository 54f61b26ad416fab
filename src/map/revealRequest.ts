/**
 * A node the next drawing of the map brings into sight: one just added in the editor, which the
 * redraw after the edit would otherwise leave wherever the view happened to be (issue 23: a new
 * Release factor landed at x = −105 beside the open editor).
 */
let toReveal: string | null = null;

/** Asks the next drawing of the map to bring this node into sight, as a selected one is brought. */
export function revealOnNextDraw(id: string): void {
  toReveal = id;
}

/** The node to bring into sight, taken once. */
export function takeRevealRequest(): string | null {
  const id = toReveal;
  toReveal = null;
  return id;
}
