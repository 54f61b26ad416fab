/** A what-if share as a direction and a signed number, never a size in words: the map's logic, not a measured effect. */
export function signedShare(value: number): string {
  if (Math.abs(value) < 0.005) return 'no effect through the map’s links';
  return `${value > 0 ? 'rises' : 'falls'} (${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(2)})`;
}
