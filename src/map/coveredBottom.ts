/**
 * How many pixels at the bottom of the map a card floating over it covers (a story's, on a wide
 * screen): the map's fits and reveals keep what they show above it, so a story step's subject is
 * never under its own card (issue 23: at step 2 the card hid the intervention the step was about).
 * The card says its height as it changes; the map fits again when it does.
 */
let covered = 0;
const listeners = new Set<() => void>();

export const mapCoveredBottom = (): number => covered;

export function setMapCoveredBottom(px: number): void {
  const next = Math.max(0, Math.round(px));
  if (next === covered) return;
  covered = next;
  for (const listener of [...listeners]) listener();
}

/** Calls `changed` whenever the covered strip changes; returns what stops that. */
export function onMapCoverChange(changed: () => void): () => void {
  listeners.add(changed);
  return () => listeners.delete(changed);
}
