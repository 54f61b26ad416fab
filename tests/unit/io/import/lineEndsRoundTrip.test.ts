import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../../src/model';
import { exportDataset } from '../../../../src/io/export/exportDataset';
import { importFiles } from '../../../../src/io/import/importFile';
import { ROUND_TRIP_FORMATS } from '../../../../src/io/formats/registry';
import { smallMap } from '../../../fixtures/loadFixture';

/**
 * XML readers rewrite line ends (a carriage return, and for some parsers the next-line and
 * line-separator characters) and turn line breaks in attribute values into spaces; a workbook is XML
 * too. A description keeps every line end it was written with, in every format.
 */
const LINE_ENDS = { 'carriage return': '\r', 'CR LF': '\r\n', 'next line (U+0085)': '\u0085', 'line separator (U+2028)': '\u2028', 'line feed': '\n' };

describe('a description keeps its line ends through export and import', () => {
  for (const { id: format } of ROUND_TRIP_FORMATS) {
    for (const [name, end] of Object.entries(LINE_ENDS)) {
      it(`${format}: ${name}`, async () => {
        const d = smallMap();
        d.factors[1]!.description = `First line${end}second line, and a literal _x000D_`;
        const parsed = parseDataset(d);
        if (!parsed.ok) throw new Error('fixture does not validate');
        const files = await exportDataset(parsed.dataset, format);
        const back = await importFiles(files.map((f) => ({ name: f.name, content: f.content })), { today: d.meta.updated });
        if (!back.ok) throw new Error(back.message);
        expect(back.dataset.factors[1]!.description).toBe(d.factors[1]!.description);
      });
    }
  }
});
