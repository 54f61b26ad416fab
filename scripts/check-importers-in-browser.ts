/**
 * Checks that the importers and exporters work in the browser build, as they do in Node's tests:
 * builds a page that imports every format (Kumu JSON from ../shared/fixtures/kumu, and the
 * importer fixtures), exports to every other tool's format the registry reads back and re-imports each, under the app's Content-Security-Policy, in
 * headless Chromium; prints what it found and the size of each lazily loaded chunk.
 *
 *   npx tsx scripts/check-importers-in-browser.ts
 */
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { startStaticServer } from '../tests/e2e/support/staticServer';

const root = resolve(import.meta.dirname, '..');
const kumu = resolve(root, '../shared/fixtures/kumu');
if (!existsSync(kumu)) throw new Error(`${kumu} not found: ../shared/fixtures is not beside this clone.`);

const page = mkdtempSync(join(tmpdir(), 'importers-'));
writeFileSync(
  join(page, 'index.html'),
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'"></head>
<body><pre id="result">running</pre><script type="module" src="./entry.ts"></script></body></html>`,
);
writeFileSync(
  join(page, 'entry.ts'),
  `import { importFile, importFiles } from '${root}/src/io/import/importFile';
import { exportDataset } from '${root}/src/io/export/exportDataset';
import { ROUND_TRIP_FORMATS } from '${root}/src/io/formats/registry';
const bytes = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());
const lines: string[] = [];
const show = (name: string, o: Awaited<ReturnType<typeof importFile>>) =>
  lines.push(o.ok ? \`\${name}: \${o.dataset.factors.length} factors, \${o.dataset.links.length} links, \${o.dataset.interventions.length} interventions, \${o.dataset.loops?.length ?? 0} loops, \${Object.keys(o.dataset.positions ?? {}).length} positions\` : \`\${name}: FAILED \${o.message}\`);
try {
  for (const name of ['us-financial-inclusion-project.json', 'snap-to-tutorial-project.json', 'changelabs-template-project.json']) {
    const outcome = await importFile(name, await bytes('/kumu/' + name));
    show(name, outcome);
    if (name.startsWith('us-') && outcome.ok) {
      for (const { id: format } of ROUND_TRIP_FORMATS) {
        if (format === 'dataset-json') continue;
        const files = await exportDataset(outcome.dataset, format);
        show('  exported as ' + format + ' and re-imported', await importFiles(files));
      }
    }
  }
  show('reentry-blueprint.json', await importFile('reentry-blueprint.json', await bytes('/import/reentry-blueprint.json')));
  show('CSV pair', await importFiles([{ name: 'elements-with-bom.csv', content: await bytes('/import/elements-with-bom.csv') }, { name: 'connections.csv', content: await bytes('/import/connections.csv') }]));
  show('gephi-sample.gexf', await importFile('gephi-sample.gexf', await bytes('/import/gephi-sample.gexf')));
  show('yed-sample.graphml', await importFile('yed-sample.graphml', await bytes('/import/yed-sample.graphml')));
} catch (error) {
  lines.push('THREW ' + String(error));
}
document.getElementById('result')!.textContent = lines.join('\\n') + '\\ndone';
`,
);

await build({ root: page, configFile: false, base: './', logLevel: 'warn', build: { outDir: join(page, 'dist'), target: 'es2022' } });
const assets = join(page, 'dist', 'assets');
const chunks = readdirSync(assets).map((file) => `${file} ${(statSync(join(assets, file)).size / 1024).toFixed(0)} KB`);
const server = await startStaticServer({ '/kumu/': kumu, '/import/': resolve(root, 'tests/fixtures/import'), '/': join(page, 'dist') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const tab = await browser.newPage();
  const problems: string[] = [];
  // A failed load is reported by its address below (the page asks for a favicon nobody serves).
  tab.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(message.text()));
  tab.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && problems.push(`${response.status()} ${response.url()}`));
  tab.on('pageerror', (error) => problems.push(error.message));
  await tab.goto(`${server.url}/index.html`);
  await tab.waitForFunction(() => document.getElementById('result')?.textContent?.endsWith('done'), undefined, { timeout: 120_000 });
  const result = await tab.textContent('#result');
  console.log(result);
  console.log(`\nChunks:\n${chunks.join('\n')}`);
  if (problems.length > 0 || /FAILED|THREW/.test(result ?? '')) {
    console.error(`\nProblems in the browser:\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(page, { recursive: true, force: true });
}
