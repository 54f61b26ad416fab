import { describe, expect, it } from 'vitest';
import { importFile, importFiles } from '../../../../src/io/import/importFile';
import { byLabel, imported, importFixture, TODAY } from './fixtureFiles';

describe('a researcher imports a Kumu-style spreadsheet saved as CSV', () => {
  it('reads an elements and a connections file with a byte-order mark, quoted commas, quotes and line breaks', async () => {
    const { dataset, report } = imported(
      await importFiles(
        [
          { name: 'elements-with-bom.csv', content: importFixture('elements-with-bom.csv') },
          { name: 'connections.csv', content: new TextDecoder().decode(importFixture('connections.csv')) },
        ],
        { today: TODAY },
      ),
    );
    // The BOM does not stick to the first header, so "Label" is read as the label.
    const housing = byLabel(dataset.factors, 'Housing on release');
    expect(housing.domain).toBe('resource');
    expect(housing.citations[0]?.quote).toBe('Somewhere to live, on the day of release');
    const work = byLabel(dataset.factors, 'Stable employment, or training');
    expect(work.id).toBe('stable-employment-or-training');
    expect(work.description).toContain('Work that lasts.\nA second paragraph, after a line break.');
    expect(byLabel(dataset.factors, 'Reoffending').description).toBe('He said "never again", and meant it');
    // Pipe-separated tags are kept as the file wrote them.
    expect(report.unknownAttributes.factors[housing.id]).toEqual({ tags: 'housing|release' });
    expect(dataset.positions).toEqual({ 'housing-on-release': { x: 10, y: 20 }, 'stable-employment-or-training': { x: 30, y: -40 } });
    expect(dataset.links.find((l) => l.from === work.id)?.polarity).toBe('-');
    expect(dataset.links.filter((l) => [l.from, l.to].sort().join() === 'housing-on-release,reoffending')).toHaveLength(2);
    // A connection naming an element no row lists makes it, as Kumu does, and says so.
    expect(byLabel(dataset.factors, 'Family contact').domain).toBe('unassigned');
    expect(report.assumed.join('\n')).toContain('connections.csv, row 5 names "Family contact"');
  });

  it('reads a connections sheet alone, making its elements from the labels', async () => {
    const { dataset } = imported(await importFile('links.csv', 'From,To,Type\nDebt,Stress,++\nStress,Debt,+-\n', { today: TODAY }));
    expect(dataset.factors.map((f) => f.id)).toEqual(['debt', 'stress']);
    expect(dataset.links.map((l) => l.polarity)).toEqual(['+', '-']);
  });

  it('names the row of an unclosed quote rather than guessing', async () => {
    const outcome = await importFile('broken.csv', 'Label,Description\nHousing,"never closed\n', { today: TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]?.record).toMatch(/^broken\.csv, row \d+$/);
  });

  it('a cell a spreadsheet would run as a formula is written defused, and reads back as written', async () => {
    const { exportDataset } = await import('../../../../src/io/export/exportDataset');
    const { smallMap } = await import('../../../fixtures/loadFixture');
    const dataset = smallMap();
    dataset.factors[0]!.label = '=HYPERLINK("https://example.org","click")';
    dataset.factors[1]!.label = "'@already quoted";
    const files = await exportDataset(dataset, 'csv');
    const elements = String(files.find((f) => f.name.endsWith('-elements.csv'))!.content);
    expect(elements).toContain(`"'=HYPERLINK(""https://example.org"",""click"")"`);
    expect(elements).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const back = imported(await importFiles(files.map((f) => ({ name: f.name, content: f.content })), { today: TODAY })).dataset;
    expect(back.factors.slice(0, 2).map((f) => f.label)).toEqual([dataset.factors[0]!.label, dataset.factors[1]!.label]);
  });
});
