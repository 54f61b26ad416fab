import type { PageFigures } from './measurePage';
import { formatFigure, valueOf, type Figure } from './timing';

export interface SizeResult {
  factors: number;
  links: number;
  interventions: number;
  ours: PageFigures & { views: Record<string, Figure> };
  peers: Record<string, PageFigures>;
}

export interface BenchReport {
  date: string;
  machine: string;
  bundled: (PageFigures & { filterChange: { median: number; p95: number; samples: number }; initialJsGzipKB: number }) | null;
  sizes: SizeResult[];
}

const METRICS: Array<{ key: keyof PageFigures; label: string; unit: 'ms' | 'fps' | 'MB' }> = [
  { key: 'firstPaint', label: 'load to first map paint', unit: 'ms' },
  { key: 'stable', label: 'time to a stable layout', unit: 'ms' },
  { key: 'panZoomFps', label: 'fps during pan and zoom', unit: 'fps' },
  { key: 'longestTaskAfterPaint', label: 'longest task after paint', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap', unit: 'MB' },
];

/** Ours divided by the peer's; for a timed-out figure the ratio is a bound ("> 3.2×"). */
function ratio(ours: Figure | undefined, peer: Figure | undefined): string {
  const bound = (f: Figure | undefined) => (f && 'timedOutAfter' in f ? f.timedOutAfter : valueOf(f));
  const a = bound(ours);
  const b = bound(peer);
  if (a === null || b === null || b === 0) return '–';
  const value = `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
  const oursOpen = ours && 'timedOutAfter' in ours;
  const peerOpen = peer && 'timedOutAfter' in peer;
  if (oursOpen && peerOpen) return '?';
  return oursOpen ? `> ${value}` : peerOpen ? `< ${value}` : value;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

export function printReport(report: BenchReport): void {
  const b = report.bundled;
  if (b) {
    console.log('\nBundled dataset (production build, headless Chromium, 1280×800):');
    console.log(
      table([
        ['first map paint', 'stable layout', 'filter change (median / p95)', 'initial JS (gzip)', 'longest task after paint', 'fps pan+zoom', 'JS heap'],
        [
          formatFigure(b.firstPaint),
          formatFigure(b.stable),
          `${b.filterChange.median.toFixed(1)} / ${b.filterChange.p95.toFixed(1)} ms`,
          `${b.initialJsGzipKB.toFixed(1)} kB`,
          formatFigure(b.longestTaskAfterPaint),
          formatFigure(b.panZoomFps, 'fps'),
          formatFigure(b.heapMB, 'MB'),
        ],
      ]),
    );
  }
  if (report.sizes.length === 0) return;
  const peers = [...new Set(report.sizes.flatMap((s) => Object.keys(s.peers)))];
  const header = ['factors (links)', 'measure', 'ours', ...peers.flatMap((p) => [p, `ours ÷ ${p}`])];
  const rows: string[][] = [header];
  for (const size of report.sizes) {
    const name = `${size.factors.toLocaleString('en-GB')} (${size.links.toLocaleString('en-GB')})`;
    METRICS.forEach((m, i) => {
      rows.push([
        i === 0 ? name : '',
        m.label,
        formatFigure(size.ours[m.key], m.unit),
        ...peers.flatMap((p) => [formatFigure(size.peers[p]?.[m.key], m.unit), ratio(size.ours[m.key], size.peers[p]?.[m.key])]),
      ]);
    });
    for (const [view, figure] of Object.entries(size.ours.views)) {
      rows.push(['', `open ${view}`, formatFigure(figure), ...peers.flatMap(() => ['', ''])]);
    }
  }
  console.log('\nSynthetic maps (N factors, 2N links, N/50 interventions): ours beside peers, same graph, same browser:');
  console.log(table(rows));
  console.log('Ratios are ours ÷ peer: below 1 is faster (or, for fps and heap, less) than the peer.');
}
