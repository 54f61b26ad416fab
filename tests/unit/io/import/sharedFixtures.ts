import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../../../src/model';
import { importFile } from '../../../../src/io/import/importFile';
import type { ImportReport } from '../../../../src/io/import/importReport';

/**
 * The Kumu exports are not ours to copy: tests read them where they are, in ../shared beside the
 * clone (as .ci/run has ../shared/sources). When they are absent the tests fail, saying so,
 * rather than pass having checked nothing.
 */
export const KUMU_FIXTURES = resolve(__dirname, '../../../../../shared/fixtures/kumu');

export function readKumuFixture(name: string): string {
  if (!existsSync(KUMU_FIXTURES)) {
    throw new Error(`${KUMU_FIXTURES} not found: ../shared/fixtures is not beside this clone, so the Kumu import tests cannot run. Put the shared folder beside the repository.`);
  }
  return readFileSync(resolve(KUMU_FIXTURES, name), 'utf8');
}

const TODAY = '2026-11-30';

interface KumuFile {
  elements: Array<{ _id: string; attributes: Record<string, unknown> }>;
  connections: Array<{ _id: string; from: string; to: string; direction: string; attributes: Record<string, unknown> }>;
  loops: Array<{ _id: string; attributes: Record<string, unknown>; connections: string[] }>;
  maps: Array<{ _id: string; elements: Array<{ element: string; position: { x: number; y: number } }> }>;
  defaultMap: string;
}

/** Imports one of the shared Kumu files, failing the test with the importer's own words if it cannot. */
export async function importKumu(name: string): Promise<{ dataset: Dataset; report: ImportReport; raw: KumuFile }> {
  const text = readKumuFixture(name);
  const outcome = await importFile(name, text, { today: TODAY });
  if (!outcome.ok) throw new Error(`${name} did not import: ${outcome.message} ${JSON.stringify(outcome.issues.slice(0, 3))}`);
  return { dataset: outcome.dataset, report: outcome.report, raw: JSON.parse(text) as KumuFile };
}

