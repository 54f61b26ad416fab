import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../src/io/import/importFile';
import { formatIssue } from '../../../../src/model';
import { hostileImportFiles, PROTOTYPE_KEYS } from '../../../fixtures/hostile/hostileImportFiles';
import { TODAY } from './fixtureFiles';

/** Every web address a dataset holds, wherever it is. */
function addresses(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => addresses(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'url' || key === 'readAt') && typeof v === 'string') found.push(v);
      else addresses(v, found);
    }
  }
  return found;
}

describe('the same hostile content in every import format: kept as text to show, never run, never a throw', async () => {
  for (const { label, files } of await hostileImportFiles()) {
    it(label, async () => {
      const started = Date.now();
      const outcome = await importFiles(files, { today: TODAY });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      // Every format reads this file: hostile text is data, and nothing in it may stop the reader.
      if (!outcome.ok) expect.fail(`${outcome.message}\n${outcome.issues.slice(0, 3).map(formatIssue).join('\n')}`);
      const { dataset, report } = outcome;
      if (label === 'Kumu JSON') expect(report.notMapped.some((n) => /beyond ±1,000,000 layout units/.test(n.message))).toBe(true);
      // Markup arrives as text to show, not to run: it is in the labels word for word.
      expect(dataset.factors.some((f) => f.label.includes('<script>'))).toBe(true);
      // The prototype keys are ordinary ids, and the dataset's own objects have their usual prototype.
      for (const key of PROTOTYPE_KEYS) expect(Object.getPrototypeOf(dataset.factors.find((f) => f.label === key) ?? {})).toBe(Object.prototype);
      // No address but http(s) survives into the dataset.
      for (const address of addresses(dataset)) expect(address).toMatch(/^https?:\/\//);
      // Positions are in range.
      for (const point of Object.values(dataset.positions ?? {})) expect(Math.abs(point.x) <= 1e6 && Math.abs(point.y) <= 1e6).toBe(true);
    });
  }
});
