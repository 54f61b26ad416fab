import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BenchReport } from '../../bench/support/report';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A small run of `npm run bench` on the build the browser tests already made: the full benchmark
 * takes about ten minutes, so CI proves only that it still measures our map and both peers, and
 * prints them side by side. The figures themselves are not judged here (the machine is shared).
 */
describe('the benchmark', () => {
  it('measures the bundled map, then a synthetic map beside force-graph and cytoscape, with ratios', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bench-smoke-')), 'smoke.json');
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'bench/run.ts'), '--sizes', '300', '--no-build', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 280_000,
    });
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
    expect(report.bundled?.firstPaint).toHaveProperty('ms');
    expect(report.bundled?.filterChange.samples).toBeGreaterThan(0);
    expect(report.bundled?.initialJsGzipKB).toBeGreaterThan(0);
    const [size] = report.sizes;
    expect(size?.factors).toBe(300);
    expect(size?.ours.firstPaint).toHaveProperty('ms');
    expect(size?.ours.stable).toHaveProperty('ms');
    for (const view of Object.values(size?.ours.views ?? {})) expect(view).toHaveProperty('ms');
    for (const peer of ['force-graph', 'cytoscape']) expect(size?.peers[peer]?.firstPaint).toHaveProperty('ms');
    // The printed table: our figure, each peer's, and the ratio, on the first-paint row.
    const firstPaintRow = run.stdout.split('\n').find((line) => line.includes('load to first map paint'));
    expect(run.stdout).toContain('ours ÷ force-graph');
    expect(run.stdout).toContain('ours ÷ cytoscape');
    expect(firstPaintRow).toMatch(/\d+(\.\d+)?×.*\d+(\.\d+)?×/);
  }, 300_000);
});
