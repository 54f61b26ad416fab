import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMATS, READ_FORMATS, WRITE_FORMATS } from '../../../src/io/formats/registry';
import type { FormatEntry } from '../../../src/io/formats/formatEntry';
import { ACCEPTED_FILES, NOT_READ, READABLE_FORMATS } from '../../../src/io/formats/formatWords';
import { exportDataset } from '../../../src/io/export/exportDataset';
import { UTF8_BOM, writeCsv } from '../../../src/io/csv/writeCsv';
import { smallMap } from '../../fixtures/loadFixture';

const all: readonly FormatEntry[] = FORMATS;

describe('the format registry', () => {
  it('each format module has the reader and writer its entry promises, and no other', async () => {
    for (const format of all) {
      const code = await format.load();
      expect(typeof code.read, `${format.id} read`).toBe(format.reads === undefined ? 'undefined' : 'function');
      expect(typeof code.write, `${format.id} write`).toBe(format.writes === undefined ? 'undefined' : 'function');
    }
  });

  it('ids are unique, and every written format is written under its first file name with its media type', async () => {
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    for (const format of WRITE_FORMATS) {
      const files = await exportDataset(smallMap(), format.id);
      expect(files.length, format.id).toBeGreaterThan(0);
      for (const file of files) {
        expect(file.name.endsWith(`.${format.extensions[0]}`), file.name).toBe(true);
        expect(file.mimeType).toBe(format.mediaType);
      }
    }
  });

  it('the picker accepts, its help names and its refusal lists every format the map reads', () => {
    for (const format of READ_FORMATS) {
      for (const extension of format.extensions) expect(ACCEPTED_FILES.split(',')).toContain(`.${extension.split('.').pop()}`);
      expect(READABLE_FORMATS.toLowerCase()).toContain(format.reads!.toLowerCase());
      expect(NOT_READ).toContain(format.label);
    }
  });
});

describe('one CSV writer for every CSV the app writes', () => {
  it('the dataset export starts with a byte-order mark, as the view tables do, and reads back cell for cell', async () => {
    const files = await exportDataset(smallMap(), 'csv');
    for (const file of files) expect(String(file.content).startsWith(UTF8_BOM), file.name).toBe(true);
  });

  it('a plain number or a lone sign stays a number in a spreadsheet; a formula start is defused', () => {
    const cells = ['-3.5', '+', '-', '12', '-1+1', '=1+1'];
    const [, row] = Papa.parse<string[]>(writeCsv(cells.map((_, i) => `c${i}`), [cells]).slice(UTF8_BOM.length), { skipEmptyLines: true }).data;
    expect(row).toEqual(['-3.5', '+', '-', '12', "'-1+1", "'=1+1"]);
  });
});
