import { describe, expect, it } from 'vitest';
import { zipSync, zlibSync, deflateSync, strToU8, strFromU8 } from 'fflate';
import { inflateWithin, unzlibWithin } from '../../../src/io/unpack/inflateWithin';
import { unzipWithin } from '../../../src/io/unpack/unzipWithin';
import { readZipDirectory } from '../../../src/io/unpack/zipEntries';
import { decodeStoryFromLink } from '../../../src/io/story/storyLink';

const spaces = (n: number) => new Uint8Array(n).fill(0x20);

describe('inflating with a budget', () => {
  it('gives back a stream under its limit exactly', () => {
    const text = 'people leaving prison '.repeat(10_000);
    const out = unzlibWithin(zlibSync(strToU8(text)), 1_000_000);
    expect(out.ok && strFromU8(out.bytes)).toBe(text);
    const raw = inflateWithin(deflateSync(strToU8(text)), 1_000_000);
    expect(raw.ok && strFromU8(raw.bytes)).toBe(text);
  });

  it('stops as soon as the output passes the limit, without inflating the rest', () => {
    // 16 MB of blank space packs into about 16 kB; with a 1 MB budget only the first few pushes run.
    const bomb = zlibSync(spaces(16 * 1024 * 1024), { level: 9 });
    const started = performance.now();
    expect(unzlibWithin(bomb, 1_000_000)).toEqual({ ok: false, tooLarge: true });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('an output of exactly the limit passes; one byte more does not', () => {
    expect(unzlibWithin(zlibSync(spaces(5000)), 5000).ok).toBe(true);
    expect(unzlibWithin(zlibSync(spaces(5001)), 5000)).toEqual({ ok: false, tooLarge: true });
  });

  it('says a damaged or cut stream is damaged, never throws', () => {
    const packed = zlibSync(strToU8('a story '.repeat(1000)));
    expect(unzlibWithin(packed.subarray(0, packed.length / 2), 1e6)).toMatchObject({ ok: false, tooLarge: false });
    expect(unzlibWithin(strToU8('not zlib at all'), 1e6)).toMatchObject({ ok: false, tooLarge: false });
  });
});

describe('a zip is unpacked entry by entry under one budget', () => {
  it('reads the declared sizes and the entries of a sound zip', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'b/c.xml': strToU8('x'.repeat(1000)) });
    const directory = readZipDirectory(zip);
    expect(directory.ok && directory.entries.map((e) => [e.name, e.declaredSize])).toEqual([['a.xml', 4], ['b/c.xml', 1000]]);
    const unzipped = unzipWithin(zip, 10_000);
    expect(unzipped.ok && strFromU8(unzipped.files['b/c.xml']!)).toBe('x'.repeat(1000));
  });

  it('refuses by the declared sizes first, naming the entry', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<w/>'), 'xl/worksheets/sheet1.xml': spaces(3_000_000) });
    expect(unzipWithin(zip, 1_000_000)).toMatchObject({ ok: false, entry: 'xl/worksheets/sheet1.xml', message: expect.stringContaining('this file unpacks to more than 1.0 MB (at xl/worksheets/sheet1.xml)') });
  });

  it('does not trust a declared size: an entry that lies about its size is stopped by the budget', () => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': spaces(3_000_000) });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Rewrite the central directory's "uncompressed size" to claim 10 bytes.
    let end = zip.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const directory = view.getUint32(end + 16, true);
    view.setUint32(directory + 24, 10, true);
    expect(unzipWithin(zip, 1_000_000)).toMatchObject({ ok: false, entry: 'xl/worksheets/sheet1.xml', message: expect.stringContaining('unpacks to more than') });
  });

  it('says what is wrong with a file that is not a zip', () => {
    expect(unzipWithin(strToU8('PK but nothing else'), 1e6)).toMatchObject({ ok: false, message: expect.stringContaining('not a zip file') });
  });
});

describe('a story link that unpacks past its limit', () => {
  it('is refused with its limit, and quickly', () => {
    const packed = zlibSync(spaces(16 * 1024 * 1024), { level: 9 });
    const link = `~${Buffer.from(packed).toString('base64url')}`;
    const started = performance.now();
    const result = decodeStoryFromLink(link);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.expected).toBe('a story under 1.0 MB (this link unpacks to more than that, and unpacking stopped there)');
  });
});
