import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

/**
 * The JavaScript a browser must fetch before the app can start: the entry script named in the built
 * index.html and every chunk it preloads (Vite writes a modulepreload link for each static import).
 * Chunks reached only through a dynamic import() are left out: they load when used.
 */
export function initialScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) found.add(match[1]!);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) found.add(match[1]!);
  return [...found].map((src) => src.replace(/^\.?\//, ''));
}

export interface InitialJs {
  files: Array<{ file: string; bytes: number; gzipped: number }>;
  bytes: number;
  gzipped: number;
}

/** Raw and gzipped (level 9, as a static host would serve it) sizes of the initial scripts. */
export function initialJs(dist: string): InitialJs {
  const files = initialScripts(dist).map((file) => {
    const body = readFileSync(join(dist, file));
    return { file, bytes: body.length, gzipped: gzipSync(body, { level: 9 }).length };
  });
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipped: files.reduce((sum, f) => sum + f.gzipped, 0),
  };
}
