import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/model';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
const run = (script: string, file: string) => spawnSync(process.execPath, [tsx, join(root, script), file], { cwd: root, encoding: 'utf8' });

describe('npm run layout: a researcher asks for a fresh published layout', () => {
  // Three command-line runs: generous time, as the machine is shared.
  it('writes a position for every node, the same each time, and the file still validates', { timeout: 60_000 }, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'layout-')), 'map.json');
    copyFileSync(join(root, 'tests/fixtures/small-map.json'), file);
    const original = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(run('scripts/layout.ts', file).status).toBe(0);
    const first = readFileSync(file, 'utf8');
    const written = JSON.parse(first) as Record<string, unknown>;
    const parsed = parseDataset(written);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ids = [...parsed.dataset.factors, ...parsed.dataset.interventions].map((n) => n.id).sort();
    expect(Object.keys(parsed.dataset.positions ?? {}).sort()).toEqual(ids);
    // Nothing but the positions changed.
    expect({ ...written, positions: undefined }).toEqual({ ...original, positions: undefined });
    expect(run('scripts/layout.ts', file).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(run('scripts/validate.ts', file).status).toBe(0);
  });
});
