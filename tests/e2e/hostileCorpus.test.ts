import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowserForThisFile } from './support/sharedBrowser';
import { probeDataAddress, probeStoryAddress, probeStoryFile, type Probe } from './support/hostileProbe';
import { validateFile } from '../../scripts/validate/validateFile';
import { CORPUS } from '../fixtures/hostile/corpus';
import { corpusPath } from '../fixtures/hostile/corpusFiles';
import type { CorpusCase } from '../fixtures/hostile/corpusCase';

/**
 * Every file of the hostile corpus, opened in the built app the ways a person can open it, against
 * the command-line validator's verdict on the same file: one verdict, a located refusal or a map
 * that shows, no uncaught exception, and no payload run (a trap is set; see hostileProbe.ts).
 *
 * Ways in: `?data=` for datasets (the app has no dataset file picker or drop zone yet; the
 * editor's import will add one), `?story=` and the Stories tab's "Open story file…" for stories.
 * The validator is run in-process through the module the CLI runs (scripts/validate/validateFile.ts),
 * as starting a process per file would take minutes; one file per kind of verdict also goes
 * through the real command line below, so the two cannot drift apart.
 */
const browser = sharedBrowserForThisFile();
const root = fileURLToPath(new URL('../../', import.meta.url));

function where(hostile: CorpusCase) {
  return { appUrl: inject('appUrl'), fixturesUrl: inject('fixturesUrl'), address: `${inject('fixturesUrl')}hostile/served/${hostile.file}` };
}

function firstFactor(hostile: CorpusCase): string | undefined {
  if (hostile.kind !== 'dataset' || hostile.expect !== 'shown' || hostile.generated) return undefined;
  const text = hostile.text().replace(/^\uFEFF/, '');
  return (JSON.parse(text) as { factors: Array<{ id: string }> }).factors[0]?.id;
}

function expectHarmless(probe: Probe, way: string) {
  expect({ way, executed: probe.executed, crashes: probe.crashes }).toEqual({ way, executed: [], crashes: [] });
}

describe('one verdict on every hostile file: the validator, ?data= / ?story=, the story file picker', () => {
  it.each(CORPUS.map((c) => [c.file, c] as const))('%s', async (_file, hostile) => {
    const cli = validateFile(corpusPath(hostile));
    const opened = cli.code === 0;
    expect(opened).toBe(hostile.expect === 'shown');
    const probes: Array<[string, Probe]> =
      hostile.kind === 'dataset'
        ? [['?data=', await probeDataAddress(browser(), { ...hostile, select: firstFactor(hostile) }, where(hostile))]]
        : [
            ['?story=', await probeStoryAddress(browser(), hostile, where(hostile))],
            ['file picker', await probeStoryFile(browser(), hostile, where(hostile))],
          ];
    for (const [way, probe] of probes) {
      expectHarmless(probe, way);
      expect({ way, verdict: probe.verdict }).toEqual({ way, verdict: opened ? 'shown' : 'refused' });
      if (!opened && hostile.kind === 'dataset') expect(probe.message).toContain(hostile.where);
      if (!opened && hostile.kind === 'story') expect(probe.message).toMatch(/\S/);
    }
  }, 180_000);
});

describe('the real command line gives the same verdicts', () => {
  const sample = ['json-trailing-comma-object.json', 'proto-key-top-level.json', 'constructor-as-factor-id.json', 'story-view-with-question-mark.json', 'markup-img-onerror-in-every-text-field.json'];
  it.each(sample)('%s', (file) => {
    const hostile = CORPUS.find((c) => c.file === file)!;
    const path = corpusPath(hostile);
    const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/validate.ts'), path], { encoding: 'utf8', timeout: 60_000 });
    const inProcess = validateFile(path);
    expect({ code: run.status, out: run.stdout.trim(), err: run.stderr.trim() }).toEqual({ code: inProcess.code, out: inProcess.out.join('\n'), err: inProcess.err.join('\n') });
  }, 60_000);
});
