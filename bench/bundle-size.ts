/**
 * npm run bench:bundle: how much JavaScript the first load costs, gzipped, and what it is made of.
 * Builds the app (skip with --no-build to read an existing dist/), then prints the initial scripts'
 * sizes and the share of each package by minified bytes. Target: at most 160 kB gzipped.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { initialJs } from './support/initialJs';
import { bytesByPackage } from './support/sourceShare';

export const INITIAL_JS_TARGET_KB = 160;
const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

export function buildApp() {
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!process.argv.includes('--no-build')) buildApp();
  const initial = initialJs(dist);
  console.log('Initial JavaScript (entry script and the chunks it preloads):');
  for (const f of initial.files) console.log(`  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)}  gzipped ${kb(f.gzipped).padStart(9)}`);
  console.log(`  ${'total'.padEnd(40)} ${kb(initial.bytes).padStart(10)}  gzipped ${kb(initial.gzipped).padStart(9)}`);
  const shares = new Map<string, number>();
  for (const f of initial.files) for (const [owner, n] of bytesByPackage(join(dist, f.file))) shares.set(owner, (shares.get(owner) ?? 0) + n);
  const mapped = [...shares.values()].reduce((a, b) => a + b, 0);
  console.log('\nShare of the initial JavaScript by package (minified bytes):');
  for (const [owner, n] of [...shares].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${owner.padEnd(30)} ${kb(n).padStart(10)}  ${((100 * n) / mapped).toFixed(0).padStart(3)}%`);
  }
  const ok = initial.gzipped <= INITIAL_JS_TARGET_KB * 1000;
  console.log(`\nTarget: at most ${INITIAL_JS_TARGET_KB} kB gzipped. ${kb(initial.gzipped)}: ${ok ? 'met' : 'NOT met'}.`);
}
