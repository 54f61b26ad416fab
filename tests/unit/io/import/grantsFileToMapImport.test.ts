import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../src/io/import/importFile';
import { grantFixture, rawGrants } from '../grants/grantFixtures';

const SAYS = /^indigo\.\w+ is not a map: this is a 360Giving grants file: open it in the Grants view\. Nothing was changed\.$/;
const grants = rawGrants('indigo-trust.json').slice(0, 20) as Array<{ id: string; title: string; amountAwarded: number; currency: string; awardDate: string }>;
const HEADER = ['Identifier', 'Title', 'Amount Awarded', 'Currency', 'Award Date', 'Funding Org:Name'];
const rowOf = (g: (typeof grants)[number]) => [g.id, g.title, g.amountAwarded, g.currency, g.awardDate, 'Indigo Trust'];

describe('the map’s import given a 360Giving grants file', () => {
  it('says a grants JSON file is one and where to open it, not "meta: found nothing"', async () => {
    const outcome = await importFile('indigo.json', grantFixture('indigo-trust.json'));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(SAYS);
    expect(outcome.grantsFile).toBe(true);
    expect(JSON.stringify(outcome.issues)).not.toMatch(/meta/);
  });

  it('says so of a grants CSV with the standard’s column titles, or its JSON-path headers', async () => {
    const esc = (v: unknown) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    const csv = [HEADER, ...grants.map(rowOf)].map((r) => r.map(esc).join(',')).join('\n');
    const outcome = await importFile('indigo.csv', new TextEncoder().encode(csv));
    expect(outcome.ok ? '' : outcome.message).toMatch(SAYS);
    expect(outcome.ok ? undefined : outcome.grantsFile).toBe(true);
    const flattened = ['id,title,amountAwarded,currency,awardDate', ...grants.map((g) => [g.id, g.title, g.amountAwarded, g.currency, g.awardDate].map(esc).join(','))].join('\n');
    const second = await importFile('indigo.csv', new TextEncoder().encode(flattened));
    expect(second.ok ? '' : second.message).toMatch(SAYS);
  });

  it('says so of a grants workbook, whichever sheet holds the grants', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRows([['About this file'], ['Published by Indigo Trust']]);
    workbook.addWorksheet('grants').addRows([HEADER, ...grants.map(rowOf)]);
    const outcome = await importFile('indigo.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(outcome.ok ? '' : outcome.message).toMatch(SAYS);
    expect(outcome.ok ? [] : outcome.issues.map((i) => i.record)).toEqual(['indigo.xlsx, sheet grants']);
  });

  it('still imports a map table that happens to have an amount column', async () => {
    const csv = 'Label,Type,Amount Awarded\nHousing,Factor,100\n';
    const outcome = await importFile('elements.csv', new TextEncoder().encode(csv));
    expect(outcome.ok).toBe(true);
  });
});
