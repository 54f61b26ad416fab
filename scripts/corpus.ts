/**
 * npm run corpus [-- --write] [--no-browser] [--dist <built app>]
 *
 * The hostile corpus (tests/fixtures/hostile/, listed in corpus.json): every file goes through the
 * command-line validator and, unless --no-browser, through the built app in headless Chromium
 * (`?data=` for datasets; `?story=` and the "Open story file…" picker for stories) with a trap a
 * payload would trip. Prints each file's verdicts and the figures: tried, rejected with a located
 * error, shown harmlessly, crashed, executed, and answers slower than 2 s.
 *
 * --write rewrites the committed corpus files and corpus.json from their definitions.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CORPUS, manifestEntry } from '../tests/fixtures/hostile/corpus';
import { corpusBytes, type CorpusCase } from '../tests/fixtures/hostile/corpusCase';
import { corpusFolder, corpusPath, LOCATED } from '../tests/fixtures/hostile/corpusFiles';
import { validateFile } from './validate/validateFile';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { probeDataAddress, probeStoryAddress, probeStoryFile, probeStoryLink, type Probe } from '../tests/e2e/support/hostileProbe';
import { BUDGET_CASES, type BudgetCase } from '../tests/fixtures/import/budgetCases';
import { visibleText } from '../src/io/visibleText';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

if (args.includes('--write')) {
  mkdirSync(corpusFolder, { recursive: true });
  for (const name of readdirSync(corpusFolder)) if (name.endsWith('.json')) rmSync(join(corpusFolder, name));
  for (const hostile of CORPUS.filter((c) => !c.generated)) writeFileSync(join(corpusFolder, hostile.file), corpusBytes(hostile));
  writeFileSync(join(corpusFolder, '..', 'corpus.json'), `${JSON.stringify({ files: CORPUS.map(manifestEntry) }, null, 2)}\n`);
  console.log(`Wrote ${CORPUS.filter((c) => !c.generated).length} files to ${corpusFolder} and corpus.json (${CORPUS.length} cases, ${CORPUS.filter((c) => c.generated).length} generated at test time).`);
  process.exit(0);
}

interface Row {
  hostile: CorpusCase;
  cli: { code: number; first: string; ms: number; crashed: string | null };
  browser: Array<{ way: string; probe: Probe }>;
}

const rows: Row[] = [];
/** Issue 24's large imports and links (tests/fixtures/import/budgetCases.ts): browser only, the validator reads datasets and stories. */
const budgetRows: Array<{ hostile: BudgetCase; probe: Probe }> = [];
for (const hostile of CORPUS) {
  const path = corpusPath(hostile);
  const started = performance.now();
  let cli: Row['cli'];
  try {
    const verdict = validateFile(path);
    cli = { code: verdict.code, first: (verdict.err[0] ?? verdict.out[0] ?? '').replace(path, hostile.file), ms: performance.now() - started, crashed: null };
  } catch (error) {
    cli = { code: -1, first: '', ms: performance.now() - started, crashed: String(error) };
  }
  rows.push({ hostile, cli, browser: [] });
}

if (!args.includes('--no-browser')) {
  const dist = option('--dist') ?? `${root}dist`;
  if (!option('--dist')) {
    execFileSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const server = await startStaticServer({ '/map/': dist, '/fixtures/': `${root}tests/fixtures` });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const row of rows) {
      const { hostile } = row;
      const where = { appUrl: `${server.url}/map/`, fixturesUrl: `${server.url}/fixtures/`, address: `${server.url}/fixtures/hostile/served/${hostile.file}` };
      if (hostile.kind === 'dataset') row.browser.push({ way: '?data=', probe: await probeDataAddress(browser, hostile, where) });
      else {
        row.browser.push({ way: '?story=', probe: await probeStoryAddress(browser, hostile, where) });
        row.browser.push({ way: 'file picker', probe: await probeStoryFile(browser, hostile, where) });
      }
      process.stderr.write('.');
    }
    for (const hostile of BUDGET_CASES) {
      const content = hostile.content();
      const base = { appUrl: `${server.url}/map/`, fixturesUrl: `${server.url}/fixtures/` };
      const probe =
        hostile.open === 'story-link'
          ? await probeStoryLink(browser, String(content), base)
          : await probeDataAddress(
              browser,
              // Served byte for byte: latin1 keeps one character per byte.
              { kind: 'dataset', file: hostile.file, text: () => Buffer.from(content).toString('latin1'), encoding: 'latin1' },
              { ...base, address: `${server.url}/fixtures/hostile/served/${encodeURIComponent(hostile.file)}` },
            );
      budgetRows.push({ hostile, probe });
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

const verdictOf = (code: number) => (code === 0 ? 'shown' : code < 0 ? 'crashed' : 'rejected');
let located = 0, shown = 0, crashed = 0, executed = 0, slow = 0, unexpected = 0, disagree = 0;
for (const { hostile, cli, browser } of rows) {
  const cliVerdict = verdictOf(cli.code);
  const ways = browser.map(({ way, probe }) => `${way} ${probe.verdict} ${Math.round(probe.ms)} ms${probe.executed.length ? ` EXECUTED ${probe.executed.join(' ')}` : ''}${probe.crashes.length ? ` CRASHED ${probe.crashes.join(' ')}` : ''}`);
  const isCrash = cli.crashed !== null || browser.some((b) => b.probe.crashes.length > 0 || b.probe.verdict === 'no answer');
  const ran = browser.some((b) => b.probe.executed.length > 0);
  const isSlow = cli.ms > 2000 || browser.some((b) => b.probe.ms > 2000);
  const agrees = browser.every((b) => b.probe.verdict === (cliVerdict === 'shown' ? 'shown' : 'refused'));
  const asExpected = cliVerdict === hostile.expect && (hostile.expect === 'shown' || (LOCATED.test(cli.first) && (!hostile.where || cli.first.includes(hostile.where))));
  if (isCrash) crashed++;
  else if (cliVerdict === 'rejected' && LOCATED.test(cli.first)) located++;
  else if (cliVerdict === 'shown') shown++;
  if (ran) executed++;
  if (isSlow) slow++;
  if (!asExpected) unexpected++;
  if (!agrees) disagree++;
  console.log(`${asExpected && agrees ? ' ' : '!'} ${hostile.file}${hostile.generated ? ' (generated)' : ''}: expected ${hostile.expect}; validator ${cliVerdict} (exit ${cli.code}, ${Math.round(cli.ms)} ms)${ways.length ? `; ${ways.join('; ')}` : ''}`);
  if (cliVerdict === 'rejected') console.log(`    ${cli.first.slice(0, 200)}`);
}
for (const { hostile, probe } of budgetRows) {
  const asExpected = probe.verdict === hostile.expect && (hostile.expect === 'shown' || probe.message.includes(hostile.says));
  const isCrash = probe.crashes.length > 0 || probe.verdict === 'no answer';
  if (isCrash) crashed++;
  else if (probe.verdict === 'refused') located++;
  else shown++;
  if (probe.executed.length > 0) executed++;
  if (probe.ms > 2000) slow++;
  if (!asExpected) unexpected++;
  console.log(
    `${asExpected ? ' ' : '!'} ${visibleText(hostile.file)} (generated, ${hostile.open === 'data' ? '?data=' : '?story= link'}): expected ${hostile.expect}; ${probe.verdict} ${Math.round(probe.ms)} ms` +
      `${probe.executed.length ? ` EXECUTED ${probe.executed.join(' ')}` : ''}${probe.crashes.length ? ` CRASHED ${probe.crashes.join(' ')}` : ''}`,
  );
  if (probe.verdict === 'refused') console.log(`    ${probe.message.replace(/\s+/g, ' ').slice(0, 200)}`);
}
const tried = rows.length + budgetRows.length;
const browserNote = args.includes('--no-browser') ? ' (validator only: run without --no-browser for the browser figures)' : '';
console.log(
  `\nHostile corpus${browserNote}: ${tried} files tried (${rows.filter((r) => r.hostile.generated).length + budgetRows.length} generated at run time, ${budgetRows.length} of them large imports and links; ${rows.filter((r) => r.hostile.kind === 'story').length} stories), ` +
    `${located} rejected with a located error, ${shown} shown harmlessly, ${crashed} crashed, ${executed} executed a payload, ${slow} answered slower than 2 s; ` +
    `${unexpected} not as corpus.json expects, ${disagree} where the browser and the validator disagree.`,
);
process.exit(crashed + executed + unexpected + disagree > 0 ? 1 : 0);
