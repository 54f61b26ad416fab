import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type * as BuildCheck from './scripts/build/validatedDigest';
import type * as Tokens from './src/map/tokens';

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
    // The page asks for the bundled dataset as it starts, beside its script, instead of once the
    // script has run: the map's first paint no longer waits for a download that began late. A link
    // naming another dataset (`?data=`) leaves it unused in the browser's cache.
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href: PUBLISHED_DATA[0], as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
    ],
    generateBundle() {
      for (const fileName of PUBLISHED_DATA) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(new URL(fileName, import.meta.url)) });
      }
    },
  };
}

/**
 * The bundled dataset is validated here, at build time, by the same parseDataset the app runs: a
 * broken file fails the build with every located problem. The SHA-256 of its exact bytes goes into
 * the app (src/io/validatedDigests.ts), so the page can recognise those bytes and skip loading the
 * validator for them; anything else is validated in the browser as before. Only when parseDataset
 * gives back exactly what it was given (no defaults, no transforms) is the raw JSON the Dataset;
 * if the schema ever starts to change what it reads, the digest is left out and the page validates.
 */
function validateBundledDataset(): Plugin {
  return {
    name: 'validate-bundled-dataset',
    apply: 'build',
    async config() {
      // Loaded here, when a build starts, through Vite's own module runner: imported at the top of
      // this file, the check (and the model it runs, from src) was bundled into the config itself,
      // and every `npm start` opened on some 55 lines of warnings about src's imports.
      const { module } = await runnerImport<typeof BuildCheck>(fileURLToPath(new URL('./scripts/build/validatedDigest.ts', import.meta.url)));
      const file = PUBLISHED_DATA[0]!;
      const checked = await module.checkBundledDataset(file, readFileSync(new URL(file, import.meta.url)));
      if (!checked.ok) throw new Error(checked.message);
      if (checked.reason) console.warn(checked.reason);
      const digests = checked.digest ? [checked.digest] : [];
      return { define: { 'import.meta.env.BUILD_VALIDATED_DATASETS': JSON.stringify(digests.join(',')) } };
    },
  };
}

/**
 * The colour and dash tokens (src/map/tokens.ts) as CSS custom properties, for `import
 * 'virtual:tokens.css'`: a stylesheet file like any other (the CSP forbids inline styles), written
 * from the one file the canvas painter also reads.
 */
function designTokens(): Plugin {
  const id = 'virtual:tokens.css';
  return {
    name: 'design-tokens',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      // Read through Vite's module runner, as the dataset check is, so the config itself stays free of src.
      const { module } = await runnerImport<typeof Tokens>(fileURLToPath(new URL('./src/map/tokens.ts', import.meta.url)));
      return module.tokenStylesheet();
    },
  };
}

/** The model's modules that build zod schemas: only the validator uses them (src/model/datasetParser.ts). */
const VALIDATOR_MODULES = /[\\/]src[\\/]model[\\/](schema|ids|story|parseDataset|zodIssues|jsonSchema|crossReferences|zodConfig|effectEstimate|ratingRule)\.ts$/;

export default defineConfig({
  // Relative asset paths, so dist/ works when served from any sub-path (e.g. /map/).
  base: './',
  plugins: [react(), designTokens(), contentSecurityPolicy(), publishDataset(), validateBundledDataset()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // These modules' top-level code only builds zod schemas (calls the bundler cannot prove
        // pure), so importing anything from the model's index used to pull zod into the first load.
        // Declared free of side effects, they load only with what uses them: the validator, which
        // arrives on demand (src/model/datasetParser.ts). zodConfig.ts sets zod up as it hands out `z`,
        // so it loads whenever a schema does.
        moduleSideEffects: [{ test: VALIDATOR_MODULES, sideEffects: false }],
      },
      output: {
        // zod and the schema in a chunk of their own, so the modules the page shares with them
        // (the evidence scale, issue wording) are not put in it, which would load it at once.
        // Everything the first load needs in one chunk: split into a dozen small shared chunks it
        // compressed worse (3 kB more gzipped) and took a dozen requests instead of two.
        codeSplitting: {
          groups: [
            { name: 'validator', includeDependenciesRecursively: false, test: (id: string) => VALIDATOR_MODULES.test(id) || /[\\/]node_modules[\\/]zod[\\/]/.test(id) },
            { name: 'app', tags: ['$initial'] },
          ],
        },
      },
    },
  },
});
