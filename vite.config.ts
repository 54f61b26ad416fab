import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy is added to the built page only: the dev server's React refresh
 * needs an inline script that this policy (rightly) forbids.
 *
 * It travels in a <meta> element, so the site works from any static host. Browsers ignore
 * `frame-ancestors` there (and warn about it), so that directive is only in the header policy
 * written beside the page (`_headers`, the format Netlify and Cloudflare Pages read); the README
 * asks hosts to send it as a header.
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
  // Nothing here needs a <base>; 'none' stops injected markup from re-pointing relative addresses.
  "base-uri 'none'",
  "form-action 'none'",
  // The app frames nothing (the embed code it offers is text for other sites to paste).
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

/**
 * Embed mode (`?embed=1`) exists to be framed by other sites (a charity's page, a report), so any
 * https page may frame the map; a host that does not want that sets `frame-ancestors 'self'`.
 */
const FRAME_ANCESTORS = "frame-ancestors 'self' https:";

/** What a host should send as headers: the same policy plus what only a header can carry. */
const HEADERS_FILE = `/*
  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; ${FRAME_ANCESTORS}
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
`;

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
      // The page's address holds the view; a dataset's host need not learn it.
      { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS_FILE });
    },
  };
}

/** Files published at stable addresses beside the page (the dev server serves them from the project root). */
const PUBLISHED_DATA = ['data/reoffending-map.json', 'data/schema.json', 'data/stories/released-with-nowhere-to-sleep.json'];

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
