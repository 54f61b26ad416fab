import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../src/io/import/importFile';

describe('a file dropped on the page is read by its name, or by its first characters when the name says nothing', () => {
  it('goes by the extension first', () => {
    expect(detectFormat('Map.JSON', '')).toBe('json');
    expect(detectFormat('elements.csv', '')).toBe('csv');
    expect(detectFormat('sheets.xlsx', new Uint8Array())).toBe('xlsx');
    expect(detectFormat('graph.gexf', '')).toBe('gexf');
    expect(detectFormat('graph.graphml', '')).toBe('graphml');
  });

  it('sniffs files without a telling name', () => {
    expect(detectFormat('download', '\uFEFF  {"elements": []}')).toBe('json');
    expect(detectFormat('download', '<?xml version="1.0"?>\n<gexf version="1.3">')).toBe('gexf');
    expect(detectFormat('export.xml', '<?xml version="1.0"?><graphml xmlns="x">')).toBe('graphml');
    expect(detectFormat('download', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('xlsx');
    expect(detectFormat('notes.txt', 'Label,Type\nA,B')).toBe('csv');
    expect(detectFormat('page.html', '<!doctype html><html>')).toBeUndefined();
    expect(detectFormat('picture.png', new Uint8Array([0x89, 0x50]))).toBeUndefined();
  });
});
