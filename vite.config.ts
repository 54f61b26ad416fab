import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy is added to the built page only: the dev server's React refresh
 * needs an inline script that this policy (rightly) forbids.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and d3 set style properties through the CSSOM, which style-src does not govern;
  // the stylesheet itself is a file. No inline <style> or style="" attributes are needed.
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // ?data= may open a dataset published anywhere on the web (it is validated like any file).
  "connect-src 'self' https: http:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Files published at stable addresses beside the page (the dev server serves them from the project root). */
const PUBLISHED_DATA = ['data/reoffending-map.json', 'data/schema.json'];

/**
 * The bundled dataset and its JSON Schema keep their names in the build (`<base>/data/…`), not a
 * hashed asset name, so a report can link to them, `?data=` can open them, and `$schema` resolves.
 */
function publishDataset(): Plugin {
  return {
    name: 'publish-dataset',
    apply: 'build',
    generateBundle() {
      for (const fileName of PUBLISHED_DATA) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(new URL(fileName, import.meta.url)) });
      }
    },
  };
}

export default defineConfig({
  // Relative asset paths, so dist/ works when served from any sub-path (e.g. /map/).
  base: './',
  plugins: [react(), contentSecurityPolicy(), publishDataset()],
  build: { target: 'es2022', sourcemap: true },
});
