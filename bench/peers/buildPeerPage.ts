import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles the peer page (bench/peers/peerPage.ts with cytoscape and force-graph) into `outDir`
 * with esbuild (which Vite already brings), minified as a production app would ship it.
 */
export async function buildPeerPage(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [fileURLToPath(new URL('./peerPage.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(outDir, 'peer.js'),
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(
    join(outDir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Peer</title>
<style>html,body{margin:0;height:100%}#graph{width:100vw;height:100vh}</style></head>
<body><div id="graph"></div><script type="module" src="./peer.js"></script></body></html>`,
  );
}
