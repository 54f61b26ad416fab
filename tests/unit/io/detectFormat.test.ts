import { describe, expect, it } from 'vitest';
import { detectFormat, isOtherToolsFile } from '../../../src/io/detectFormat';

describe('?data= and the importer tell formats apart by one rule', () => {
  it('a file named as another tool’s goes to the importer; one named .json is read as our JSON, whatever it holds', () => {
    for (const name of ['map.csv', 'MAP.TSV', 'sheets.xlsx', 'graph.gexf', 'graph.graphml']) expect(isOtherToolsFile(name, ''), name).toBe(true);
    expect(isOtherToolsFile('map.json', '{ "meta": 1 }')).toBe(false);
    expect(isOtherToolsFile('map.json', 'not json at all')).toBe(false);
  });

  it('content that can only be another tool’s goes to the importer under any name: a zip, a GEXF or GraphML root', () => {
    expect(isOtherToolsFile('download', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe(true);
    expect(isOtherToolsFile('download', '\uFEFF<?xml version="1.0"?>\n<gexf version="1.3">')).toBe(true);
    expect(isOtherToolsFile('map.json', '  <graphml xmlns="x">')).toBe(true);
    expect(isOtherToolsFile('download', new TextEncoder().encode('<?xml version="1.0"?><graphml>'))).toBe(true);
  });

  it('an address with no extension holding JSON or unknown text is read as our JSON (so a broken dataset gets located JSON errors)', () => {
    expect(isOtherToolsFile('download', '{"meta": {}}')).toBe(false);
    expect(isOtherToolsFile('download', 'Label,Type\nA,B')).toBe(false);
    expect(isOtherToolsFile('page', '<!doctype html><html>')).toBe(false);
  });

  it('whatever ?data= sends to the importer, the importer finds a reader for', () => {
    const cases: Array<[string, string | Uint8Array]> = [
      ['map.csv', 'Label\nA'],
      ['sheets.xlsx', new Uint8Array([0x50, 0x4b])],
      ['download', new Uint8Array([0x50, 0x4b, 3, 4])],
      ['download', '<?xml version="1.0"?><gexf version="1.3">'],
      ['export.xml', '<graphml xmlns="x">'],
    ];
    for (const [name, content] of cases) {
      expect(isOtherToolsFile(name, content), name).toBe(true);
      expect(['csv', 'xlsx', 'gexf', 'graphml']).toContain(detectFormat(name, content));
    }
  });
});
