import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The built apps a first-load benchmark compares and how many loads of each: `--dist a,b` (dist/
 * by default) and `--runs n` from the command line.
 */
export function buildsToCompare(defaultRuns = 7): { dists: string[]; runs: number } {
  const argument = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const dists = (argument('--dist') ?? join(root, 'dist')).split(',').map((d) => resolve(d));
  return { dists, runs: Number(argument('--runs') ?? defaultRuns) };
}
