import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toViewTables } from '../../../src/io/csv/viewTables';
import { UTF8_BOM, writeCsv } from '../../../src/io/csv/writeCsv';
import { smallMap } from '../../fixtures/loadFixture';

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { skipEmptyLines: true }).data;

describe('CSV that opens safely in a spreadsheet', () => {
  it('starts with a byte-order mark so Excel reads UTF-8', () => {
    expect(writeCsv(['a'], [['é']]).startsWith(UTF8_BOM)).toBe(true);
  });

  it('escapes commas, quotes and line breaks so each cell comes back whole', () => {
    const hostile = ['a, b', 'she said "no"', 'line one\nline two', 'tab\tinside'];
    const rows = rowsOf(writeCsv(['one', 'two', 'three', 'four'], [hostile]));
    expect(rows[1]).toEqual(hostile);
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tleading tab', '\rleading return'])(
    'neutralises a cell starting like a formula: %j',
    (cell) => {
      const [, row] = rowsOf(writeCsv(['cell'], [[cell]]));
      expect(row?.[0]).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text, and text with a sign inside it, as it is', () => {
    const [, row] = rowsOf(writeCsv(['a', 'b'], [['Released with nowhere to sleep', 'more (+) leads to more']]));
    expect(row).toEqual(['Released with nowhere to sleep', 'more (+) leads to more']);
  });
});

describe('an advocate downloads the data behind the view as CSV', () => {
  it('has one row per shown factor, link and intervention, with labels beside ids', () => {
    const dataset = smallMap();
    const nodes = new Set(['homeless-on-release', 'missed-appointments', 'housing-on-release']);
    const edges = new Set(['homeless-on-release-to-missed-appointments']);
    const tables = toViewTables(dataset, { nodes, edges });

    const factors = rowsOf(tables.factors);
    expect(factors[0]).toEqual(['id', 'label', 'domain', 'stage', 'description', 'citations']);
    expect(factors.slice(1).map((r) => r[0])).toEqual(['homeless-on-release', 'missed-appointments']);

    const links = rowsOf(tables.links);
    expect(links).toHaveLength(2);
    const from = dataset.factors.find((f) => f.id === 'homeless-on-release')!;
    expect(links[1]?.[2]).toBe(from.label);

    const interventions = rowsOf(tables.interventions);
    expect(interventions.slice(1).map((r) => r[0])).toEqual(['housing-on-release']);
    const quote = dataset.interventions.find((i) => i.id === 'housing-on-release')!.evidence.citations[0]!.quote;
    expect(interventions[1]?.at(-1)).toContain(quote);
  });
});
