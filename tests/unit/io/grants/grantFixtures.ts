import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDataset, type Dataset } from '../../../../src/model';

/**
 * The two funders' 360Giving files are not ours to copy: tests read them where they are, in
 * ../shared beside the clone, and fail saying so when they are absent.
 */
export const GRANT_FIXTURES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../../shared/fixtures/360giving');
const root = fileURLToPath(new URL('../../../../', import.meta.url));

export function grantFixture(name: string): Uint8Array {
  if (!existsSync(GRANT_FIXTURES)) throw new Error(`${GRANT_FIXTURES} not found: ../shared/fixtures is not beside this clone, so the grants tests cannot run.`);
  return readFileSync(resolve(GRANT_FIXTURES, name));
}

/** The file as published, read directly, to check the reader against. */
export function rawGrants(name: string): Array<Record<string, unknown>> {
  return (JSON.parse(new TextDecoder().decode(grantFixture(name))) as { grants: Array<Record<string, unknown>> }).grants;
}

export function bundledDataset(): Dataset {
  const result = parseDataset(JSON.parse(readFileSync(resolve(root, 'data/reoffending-map.json'), 'utf8')));
  if (!result.ok) throw new Error('data/reoffending-map.json is not valid');
  return result.dataset;
}

export const bundledText = () => readFileSync(resolve(root, 'data/reoffending-map.json'));
