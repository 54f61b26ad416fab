/** Cubic ease-in-out: slow to start and to stop, as d3's transitions move by default. */
export const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
