import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { ImportOutcome } from '../../../../src/io/import/importReport';

/** Reads a fixture written for the importer tests, as bytes, the way a file picker hands it over. */
export const importFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/import', name)));

export const TODAY = '2026-11-30';

/** The dataset of an import that must succeed, or the test fails with the importer's own message. */
export function imported(outcome: ImportOutcome) {
  if (!outcome.ok) expect.fail(`${outcome.message}\n${JSON.stringify(outcome.issues.slice(0, 5), null, 2)}`);
  return outcome;
}

export const byLabel = <T extends { label: string }>(items: T[], label: string): T => {
  const found = items.find((item) => item.label === label);
  if (!found) expect.fail(`no item labelled "${label}" among ${items.map((i) => i.label).join(', ')}`);
  return found;
};
