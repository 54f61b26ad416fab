/**
 * npm run bench:labels [-- --runs <n>]
 *
 * What label collision costs the map per frame, at 2,000 and 5,000 labels (issue 17 measured
 * 110 ms and 391 ms a frame). Labels are spread over a map-sized area at the density of a large
 * map, with the bundled map's label shapes (two or three wrapped lines, priority by links).
 *
 * BEFORE is the pairwise check main had (kept below, verbatim, so the figure can be rerun): every
 * label against every placed label and every node, run on every tick, zoom and pan frame. AFTER is
 * today's placeLabels (a d3-quadtree index of nodes and of placed labels). The painter now runs it
 * only when labels move or change size (a tick, a zoom step, a selection), not when the map pans,
 * so a pan frame costs no collision work at all. Both must choose exactly the same labels.
 */
import { ALWAYS, labelBox, placeLabels, type Box, type LabelCandidate } from '../src/map/render/labelPlacement';
import { createLcg } from '../src/map/layout/lcg';

const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);

function overlapsBefore(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** main's placeLabels before issue 17 (commit ae580bb), verbatim. */
function placeLabelsBefore(candidates: readonly LabelCandidate[]): Set<string> {
  const nodeBoxes = candidates.map((c) => ({
    id: c.id,
    box: { x0: c.at.x - c.radius, y0: c.at.y - c.radius, x1: c.at.x + c.radius, y1: c.at.y + c.radius },
  }));
  const placed: Box[] = [];
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    const box = labelBox(candidate);
    const fits = !placed.some((p) => overlapsBefore(p, box)) && !nodeBoxes.some((n) => n.id !== candidate.id && overlapsBefore(n.box, box));
    if (!fits && candidate.priority !== ALWAYS) continue;
    placed.push(box);
    shown.add(candidate.id);
  }
  return shown;
}

const WORDS = ['housing', 'debt', 'recall', 'family', 'contact', 'probation', 'employment', 'stigma', 'mental', 'health', 'peer', 'support', 'release', 'drugs'];

/** n labels on a map as dense as the bundled one (about 130×130 layout units per factor), seeded. */
function candidatesFor(n: number, font: number): LabelCandidate[] {
  const random = createLcg(n);
  const side = Math.sqrt(n) * 130;
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 3 + Math.floor(random() * 5) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    const lines = [words.slice(0, 3).join(' '), words.slice(3).join(' ')].filter((l) => l.length > 0);
    return { id: `f${i}`, at: { x: random() * side, y: random() * side }, radius: 6 + random() * 9, lines, side: 'right' as const, font, priority: 1000 + Math.floor(random() * 12) };
  });
}

function msPerCall(place: (c: readonly LabelCandidate[]) => Set<string>, candidates: readonly LabelCandidate[]): number {
  place(candidates);
  const started = performance.now();
  for (let i = 0; i < runs; i++) place(candidates);
  return (performance.now() - started) / runs;
}

console.log(`Label collision per frame (mean of ${runs} runs each, after one warm-up)\n`);
console.log('| labels | zoom (font) | shown | before: every frame | after: a zoom frame | after: a pan frame |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const n of [2_000, 5_000]) {
  // Zoomed in (labels at their layout size) and zoomed out (labels kept readable, so larger).
  for (const font of [11, 40]) {
    const candidates = candidatesFor(n, font);
    const before = placeLabelsBefore(candidates);
    const after = placeLabels(candidates);
    const same = before.size === after.size && [...before].every((id) => after.has(id));
    if (!same) throw new Error(`The index chose other labels than the pairwise check at ${n} labels, font ${font}`);
    const beforeMs = msPerCall(placeLabelsBefore, candidates);
    const afterMs = msPerCall(placeLabels, candidates);
    console.log(`| ${n.toLocaleString('en-GB')} | ${font} | ${after.size} | ${beforeMs.toFixed(1)} ms | ${afterMs.toFixed(1)} ms | 0 ms (not run: nothing moved) |`);
  }
}
