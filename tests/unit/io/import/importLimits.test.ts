import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { importFile } from '../../../../src/io/import/importFile';
import { countSheetRows } from '../../../../src/io/formats/sheetRows';
import { importOffThread } from '../../../../src/io/import/offThread/importOffThread';
import { connectionsCsv, manyElementsKumu, rowsSheet, wideElementKumu, workbook } from '../../../fixtures/import/budgetFiles';
import { TODAY } from './fixtureFiles';

describe('limits are checked while a file is read, not after it is mapped', () => {
  it('a CSV with more connection rows than a map holds is refused at the row that passes the limit, with progress on the way', async () => {
    const progress: string[] = [];
    const outcome = await importFile('connections.csv', connectionsCsv(150_000), { today: TODAY, onProgress: (m) => progress.push(m) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toBe('connections.csv could not be read: it has more than 100,000 connection rows, and a map holds at most 100,000 links, so reading stopped there and nothing was opened');
      expect(outcome.issues[0]?.record).toBe('connections.csv, row 100,002');
    }
    expect(progress).toContain('Reading connections: 20,000 rows');
    expect(progress).toContain('Reading connections: 100,000 rows');
    expect(progress).not.toContain('Reading connections: 120,000 rows');
  });

  it('a workbook’s rows are counted in its sheet XML before exceljs reads it', async () => {
    const outcome = await importFile('rows.xlsx', workbook(rowsSheet(100_001)), { today: TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toContain('it has more than 100,000 connection rows');
      expect(outcome.issues[0]?.record).toBe('rows.xlsx, entry xl/worksheets/sheet1.xml');
    }
  });

  it('a Kumu file with more elements than a map holds is refused before a single element is mapped', async () => {
    const progress: string[] = [];
    const outcome = await importFile('many.json', manyElementsKumu(40_001), { today: TODAY, onProgress: (m) => progress.push(m) });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toBe('many.json could not be read: it has more than 40,000 elements, and a map holds at most 20,000 factors and 20,000 interventions, so reading stopped there and nothing was opened');
      expect(outcome.issues[0]?.record).toBe('many.json, elements[40000]');
    }
    expect(progress.some((m) => /elements$/.test(m))).toBe(false);
  });

  it('a Kumu element with more attributes than any map needs is refused, naming the element, and counting stops there', async () => {
    const outcome = await importFile('wide.json', wideElementKumu(200_000), { today: TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.message).toBe('wide.json could not be read: this element has more than 1,000 attributes, where a map needs a few, so reading stopped there and nothing was opened');
      expect(outcome.issues[0]?.record).toBe('wide.json, elements[1]');
    }
    // At the limit the file is read as before.
    const within = await importFile('wide.json', wideElementKumu(990), { today: TODAY });
    expect(within.ok).toBe(true);
  });

  it('counts rows, prefixed or not, and nothing that merely looks like one', () => {
    expect(countSheetRows(strToU8('<sheetData><row r="1"><c/></row><row r="2"/><x:row r="3"></x:row><rows/><arrow/></sheetData>'))).toBe(3);
  });

  it('off the main thread where there is no worker (Node), the importer’s own outcome, and a cancel before it starts', async () => {
    const outcome = await importOffThread([{ name: 'links.csv', content: 'From,To\nDebt,Stress\n' }], { today: TODAY });
    expect(outcome !== 'cancelled' && outcome.ok && outcome.dataset.factors.map((f) => f.label)).toEqual(['Debt', 'Stress']);
    const controller = new AbortController();
    controller.abort();
    expect(await importOffThread([{ name: 'links.csv', content: 'From,To\nA,B\n' }], { signal: controller.signal })).toBe('cancelled');
  });
});
