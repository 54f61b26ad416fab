import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** What `npm start` (plain `vite`) prints up to and including the address a newcomer opens. */
function startScreen(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // Port 0 is not allowed by Vite; a high port, and --strictPort off, so a busy one moves on.
    const child = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, '--port', '5931'], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let text = '';
    const done = (error?: Error) => {
      child.kill();
      if (error) reject(error);
      else resolve(text.split('\n'));
    };
    const read = (chunk: Buffer) => {
      text += chunk.toString();
      if (/Local:\s+http/.test(text)) done();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => done(new Error(`vite exited before printing its address:\n${text}`)));
  });
}

describe('npm start: the first screen a newcomer sees', { timeout: 30_000 }, () => {
  it('shows the address at once, with no warnings about the config before it', async () => {
    const lines = await startScreen();
    const at = lines.findIndex((line) => /Local:\s+http/.test(line));
    // The first screen of a terminal is about 24 lines; Vite's own banner takes 4 of them.
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(10);
    expect(lines.join('\n')).not.toMatch(/configLoader|without a file extension/);
  });
});
