import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toViewTables } from '../../../src/io/csv/viewTables';
import { UTF8_BOM, writeCsv } from '../../../src/io/csv/writeCsv';
import { smallMap } from '../../fixtures/loadFixture';
import { impactMap } from '../../fixtures/loadImpactFixture';

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

describe('a funder downloads the interventions with impact, direction and cost', () => {
  it('has one column each, in the words the table shows; harm reads as harm and its aim as intended', () => {
    const dataset = impactMap();
    const all = { nodes: new Set(dataset.interventions.map((i) => i.id)), edges: new Set<string>() };
    const [header, ...rows] = rowsOf(toViewTables(dataset, all).interventions);
    const column = (name: string) => header!.indexOf(name);
    expect(column('impact')).toBeGreaterThan(-1);
    expect(column('direction')).toBeGreaterThan(-1);
    expect(column('cost per participant')).toBeGreaterThan(-1);
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    expect(row('housing-on-release')[column('impact')]).toBe('Large');
    expect(row('housing-on-release')[column('cost per participant')]).toBe('££ £1,200 per participant (2019 prices)');
    expect(row('scare-tactics')[column('impact')]).toBe('Harmful');
    expect(row('scare-tactics')[column('direction')]).toBe('Increases reoffending');
    expect(row('scare-tactics')[column('cost per participant')]).toBe('Not known');
    expect(row('scare-tactics')[column('acts on')]).toMatch(/^intended to lower, impact harmful /);
    // A finding from an external source is written out with where to find it, never as an empty quote.
    expect(rows.map((r) => r.at(-1)).join('\n')).not.toContain('“undefined”');
  });
});
