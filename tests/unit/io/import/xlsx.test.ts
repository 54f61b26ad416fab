import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/io/import/importFile';
import { byLabel, imported, TODAY } from './fixtureFiles';

/** A workbook as a researcher would make it in Excel for Kumu: Elements and Connections sheets. */
async function kumuWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Elements').addRows([
    ['Label', 'Type', 'Description', 'Tags'],
    ['Housing on release', 'Resource', 'Somewhere to live, on the day of release.', 'housing | release'],
    ['Debt', 'Finance', 'Money owed on release.\nOften to the DWP.', ''],
    ['Debt advice', 'Service', 'Advice on debts before release.', 'money'],
  ]);
  workbook.addWorksheet('Connections').addRows([
    ['From', 'To', 'Type'],
    ['Debt', 'Housing on release', '+-'],
    ['Housing on release', 'Debt', '--'],
    ['Debt advice', 'Debt', '-'],
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a researcher imports a Kumu-style Excel workbook', () => {
  it('reads the elements and connections sheets, with pipes, line breaks and an intervention', async () => {
    const { dataset, report } = imported(await importFile('kumu-sheets.xlsx', await kumuWorkbook(), { today: TODAY }));
    expect(dataset.factors.map((f) => f.label)).toEqual(['Housing on release', 'Debt']);
    expect(byLabel(dataset.factors, 'Debt').description).toBe('Money owed on release.\nOften to the DWP.');
    expect(dataset.links.map((l) => `${l.from} ${l.polarity} ${l.to}`)).toEqual(['debt - housing-on-release', 'housing-on-release + debt']);
    expect(dataset.interventions[0]).toMatchObject({ id: 'debt-advice', type: 'service', targets: [{ factor: 'debt', effect: 'lowers' }] });
    expect(report.unknownAttributes.factors['housing-on-release']).toEqual({ tags: 'housing | release' });
    expect(report.format).toBe('XLSX');
  }, 30_000);

  it('says when the bytes are not a workbook', async () => {
    const outcome = await importFile('not-really.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), { today: TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain('not-really.xlsx could not be read');
  });
});
