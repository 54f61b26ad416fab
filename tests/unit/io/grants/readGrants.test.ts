import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGrantsFile } from '../../../../src/io/grants/readGrantsFile';
import { parseAwardDate } from '../../../../src/io/grants/grantDates';
import { parseAmount } from '../../../../src/io/grants/grantAmounts';
import { describeProblem, type GrantsReadResult } from '../../../../src/io/grants/grant';
import { MAX_DATASET_BYTES } from '../../../../src/io/sizeLimit';
import { bundledText, grantFixture, rawGrants } from './grantFixtures';

const bytes = (text: string) => new TextEncoder().encode(text);

function grantsOf(result: GrantsReadResult) {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.file.grants;
}

describe('reading a funder’s published 360Giving JSON', () => {
  for (const name of ['dulverton-trust.json', 'indigo-trust.json']) {
    it(`reads every grant in ${name}, and the amounts total the file's own sum`, async () => {
      const raw = rawGrants(name);
      const grants = grantsOf(await readGrantsFile(name, grantFixture(name)));
      expect(grants).toHaveLength(raw.length);
      const fileSum = raw.reduce((sum, g) => sum + Number(g.amountAwarded), 0);
      expect(grants.reduce((sum, g) => sum + g.amount, 0)).toBeCloseTo(fileSum, 2);
      expect(new Set(grants.map((g) => g.id)).size).toBe(raw.length);
      expect(grants.every((g) => /^\d{4}-\d{2}-\d{2}$/.test(g.awardDate))).toBe(true);
    });
  }

  it('reads day/month/year award dates the UK way, with or without a time', async () => {
    const grants = grantsOf(await readGrantsFile('indigo-trust.json', grantFixture('indigo-trust.json')));
    const first = grants.find((g) => g.id === '360G-indigotrust:IND1');
    expect(first).toMatchObject({ awardDate: '2001-03-26', funderName: 'Indigo Trust', recipient: 'Discover', amount: 10000, currency: 'GBP' });
  });

  it('keeps a grant whose description is a placeholder or missing, and ignores the publisher’s own fields', async () => {
    const grants = grantsOf(await readGrantsFile('dulverton-trust.json', grantFixture('dulverton-trust.json')));
    expect(grants[0]).toMatchObject({ title: 'Towards the rehabilitation of young offenders', awardDate: '2005-02-03', funderName: 'The Dulverton Trust' });
    expect(Object.keys(grants[0] ?? {})).not.toContain('Project Start Date');
  });

  it('says which grant and field are broken, by its place in the list', async () => {
    const text = JSON.stringify({ grants: [rawGrants('indigo-trust.json')[0], { ...rawGrants('indigo-trust.json')[1], amountAwarded: 'lots' }] });
    const result = await readGrantsFile('broken.json', bytes(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'broken.json', row: 2, field: 'amountAwarded' });
    expect(describeProblem(result.problems[0]!)).toMatch(/^broken\.json, row 2, amountAwarded: expected an amount/);
  });

  it('says where JSON breaks, by line and column', async () => {
    const result = await readGrantsFile('cut.json', bytes('{"grants": [\n{"id": "a",}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^line 2, column \d+/);
  });
});

describe('a grants file is never a map, and a map never grants', () => {
  it('refuses the map’s own dataset as grants, saying it is a map', async () => {
    const result = await readGrantsFile('reoffending-map.json', bundledText());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/this is a map, not a 360Giving grants file/);
  });

  it('refuses a map’s element table as grants', async () => {
    const result = await readGrantsFile('elements.csv', bytes('Label,Type,Description\nHousing,Factor,Somewhere to live\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/this is a map/);
  });

  it('refuses a file over the same size limit as every other file, before reading it', async () => {
    const result = await readGrantsFile('huge.json', new Uint8Array(MAX_DATASET_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/over this map's limit of 20\.0 MB/);
  });
});

const CSV_HEADER = 'Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Grant Programme:Title,Classifications:Title,Our Reference';

describe('reading 360Giving CSV by the standard’s column titles', () => {
  const csv = [
    CSV_HEADER,
    '360G-x-1,Theatre in prison,"Drama workshops, with people in prison",GBP,"£12,500.00",2019-04-01,GB-CHC-1,Playhouse,360G-x,X Foundation,Justice,Arts,R1',
    '360G-x-2,Village hall roof,,GBP,4000,15/06/2019,GB-CHC-2,Hall Trust,360G-x,X Foundation,Communities,,R2',
    '360G-x-3,Rent deposits,Deposits for people leaving prison,EUR,3000.5,2020-01-31T00:00:00Z,GB-CHC-3,Homes,360G-x,X Foundation,,,R3',
  ].join('\r\n');

  it('reads each row, with amounts in words a spreadsheet writes, several currencies and dates', async () => {
    const grants = grantsOf(await readGrantsFile('x.csv', bytes(`\uFEFF${csv}`)));
    expect(grants.map((g) => [g.id, g.amount, g.currency, g.awardDate])).toEqual([
      ['360G-x-1', 12500, 'GBP', '2019-04-01'],
      ['360G-x-2', 4000, 'GBP', '2019-06-15'],
      ['360G-x-3', 3000.5, 'EUR', '2020-01-31'],
    ]);
    expect(grants[0]).toMatchObject({ programme: 'Justice', classifications: ['Arts'], recipient: 'Playhouse', funderName: 'X Foundation', description: 'Drama workshops, with people in prison' });
    expect(grants[1]?.description).toBe('');
  });

  it('reads flatten-tool’s JSON-path headers too', async () => {
    const text = 'id,title,amountAwarded,currency,awardDate,fundingOrganization/0/name\n1,A,10,GBP,2020-01-01,F\n';
    expect(grantsOf(await readGrantsFile('flat.csv', bytes(text)))[0]).toMatchObject({ id: '1', funderName: 'F', amount: 10 });
  });

  it('points at the spreadsheet row and column of a bad amount and a bad date', async () => {
    const broken = [CSV_HEADER, '360G-x-1,A,,GBP,100,2019-04-01,,,,X,,,', '360G-x-2,B,,GBP,a lot,31/02/2019,,,,X,,,'].join('\n');
    const result = await readGrantsFile('x.csv', bytes(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'x.csv', row: 3, field: 'Amount Awarded' }),
      expect.objectContaining({ file: 'x.csv', row: 3, field: 'Award Date' }),
    ]);
  });

  it('refuses a grant identifier used twice, naming the first row', async () => {
    const twice = [CSV_HEADER, '360G-x-1,A,,GBP,100,2019-04-01,,,,X,,,', '360G-x-1,B,,GBP,100,2019-04-01,,,,X,,,'].join('\n');
    const result = await readGrantsFile('x.csv', bytes(twice));
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/already used by row 2/)]);
  });
});

describe('reading a 360Giving workbook', () => {
  it('reads typed amount and date cells from the sheet with the standard’s titles', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRows([['About this file'], ['Published by X']]);
    const sheet = workbook.addWorksheet('grants');
    sheet.addRow(['Identifier', 'Title', 'Amount Awarded', 'Currency', 'Award Date', 'Funding Org:Name', 'Extra']);
    sheet.addRow(['360G-w-1', 'Mentors for young people leaving custody', 25000, 'GBP', new Date(Date.UTC(2018, 10, 5)), 'W Trust', 'x']);
    sheet.addRow(['360G-w-2', 'Sports club kit', '1,500', 'GBP', '05/11/2018', 'W Trust', '']);
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    const grants = grantsOf(await readGrantsFile('w.xlsx', data));
    expect(grants.map((g) => [g.id, g.amount, g.awardDate])).toEqual([
      ['360G-w-1', 25000, '2018-11-05'],
      ['360G-w-2', 1500, '2018-11-05'],
    ]);
  });

  it('refuses a workbook whose sheet unpacks past the size limit, naming the entry, without inflating it all', async () => {
    // 64 MB of blank cells packs into about 64 kB; the budget stops inflating at 20 MB.
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024).fill(0x20) }, { level: 9 });
    const started = performance.now();
    const result = await readGrantsFile('bomb.xlsx', bomb);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.file).toBe('bomb.xlsx, entry xl/worksheets/sheet1.xml');
    expect(result.problems[0]?.message).toMatch(/^this file unpacks to more than 20\.0 MB \(at xl\/worksheets\/sheet1\.xml\)/);
  });

  it('does not trust a sheet that declares itself small: the budget stops it all the same', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(32 * 1024 * 1024).fill(0x20) }, { level: 9 });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    let end = bomb.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    view.setUint32(view.getUint32(end + 16, true) + 24, 100, true);
    const result = await readGrantsFile('lying.xlsx', bomb);
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/unpacks to more than 20\.0 MB \(at xl\/worksheets\/sheet1\.xml\)/);
  });

  it('says a damaged workbook cannot be read', async () => {
    const result = await readGrantsFile('bad.xlsx', bytes('PK not really a zip'));
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/not an Excel workbook/);
  });
});

describe('dates and amounts as publishers write them', () => {
  it('reads ISO, UK day/month/year and spreadsheet serial dates, and refuses impossible ones', () => {
    expect(parseAwardDate('2015-03-01')).toBe('2015-03-01');
    expect(parseAwardDate('2015-03-01T10:00:00+01:00')).toBe('2015-03-01');
    expect(parseAwardDate('26/03/2001 00:00')).toBe('2001-03-26');
    expect(parseAwardDate('3/2/2005')).toBe('2005-02-03');
    expect(parseAwardDate(43831)).toBe('2020-01-01');
    expect(parseAwardDate('31/02/2019')).toBeUndefined();
    expect(parseAwardDate('03/26/2001')).toBeUndefined();
    expect(parseAwardDate('soon')).toBeUndefined();
  });

  it('reads amounts with signs and separators, and refuses negative or wordy ones', () => {
    expect(parseAmount('£1,234.50')).toBe(1234.5);
    expect(parseAmount('GBP 900')).toBe(900);
    expect(parseAmount(15000)).toBe(15000);
    expect(parseAmount(-5)).toBeUndefined();
    expect(parseAmount('about 5k')).toBeUndefined();
  });
});
