/**
 * Factors above which loops and centrality are computed off the main thread. Below it (the bundled
 * map, every Kumu fixture) they are computed at once, as before, so nothing flickers: brute-force
 * betweenness at 500 factors takes about 50 ms here, at 2,000 about 0.8 s, at 10,000 several seconds.
 */
export const LARGE_ANALYSIS_FACTORS = 500;
