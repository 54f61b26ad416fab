/**
 * A seeded linear congruential generator (the constants d3-force itself uses), so the same
 * dataset always settles into the same picture and a shared link reopens it unchanged.
 */
export function createLcg(seed: number): () => number {
  const a = 1664525;
  const c = 1013904223;
  const m = 4294967296;
  let state = seed >>> 0;
  return () => {
    state = (a * state + c) % m;
    return state / m;
  };
}

/** A stable numeric seed from text (the dataset's title), FNV-1a. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
