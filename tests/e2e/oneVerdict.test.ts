import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/openApp';
import { adversarialCases } from '../fixtures/hostile/adversarialGraphs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'hostile-'));

/** The command-line validator's verdict: 0 valid, 1 invalid dataset, 2 not JSON or unreadable. */
function cliVerdict(name: string, text: string): { code: number | null; err: string } {
  const file = join(folder, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/validate.ts'), file], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, err: run.stderr };
}

// Files under 1 MB (the size issue 17 sets), plus the two that must be refused whatever their size;
// bench/adversarial.ts opens every case, the 1.7 MB complete graph included, and times it.
const CASES = adversarialCases().filter((c) => c.text.length < 1_000_000 || c.name.includes('repeated') || c.name.includes('nested'));

describe('one verdict: the validator and the browser agree on every hostile file', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, hostile) => {
    const cli = cliVerdict(hostile.name, hostile.text);
    expect(cli.err).not.toMatch(/\n\s+at /); // a located message, never a stack trace
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const address = `${inject('fixturesUrl')}generated/hostile.json`;
      await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: hostile.text }));
      await page.goto(`${inject('appUrl')}?data=${encodeURIComponent(address)}&${hostile.query}`);
      const map = page.getByRole('group', { name: /Causal map/ });
      const refused = page.getByRole('heading', { name: 'This dataset could not be opened' });
      await Promise.race([map.waitFor({ timeout: 45_000 }), refused.waitFor({ timeout: 45_000 })]);
      const opened = await map.isVisible();
      expect({ opened, code: cli.code }).toEqual({ opened: cli.code === 0, code: opened ? 0 : expect.any(Number) });
      if (!opened) {
        // Both name the same first problem, located the same way.
        const shown = (await page.getByRole('alert').textContent()) ?? '';
        const firstCliLine = cli.err.split('\n')[0]!.replace(/^[^:]+\.json:(\d+:\d+:)?/, '').trim();
        expect(shown).toContain(firstCliLine.slice(0, 60));
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
