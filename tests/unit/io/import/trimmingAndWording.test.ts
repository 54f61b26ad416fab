import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../../src/model';
import { importFile, importFiles } from '../../../../src/io/import/importFile';
import { imported, TODAY } from './fixtureFiles';
import { visibleText } from '../../../../src/io/visibleText';

describe('one trimming rule for every field an importer reads (issue 24, item 5)', () => {
  it.each([
    ['a tab', '\t'],
    ['a return', '\r'],
    ['a space', ' '],
    ['a zero-width space', '\u200b'],
    ['a zero-width no-break space', '\ufeff'],
  ])('a connections label with a leading %s names the elements sheet’s factor, not a second one', async (_what, lead) => {
    const elements = `Label,Type\n"${lead}Recall",Risk\nHomelessness,Risk\n`;
    const connections = `From,To\n"${lead}Recall",Homelessness\nHomelessness,"Recall${lead}"\n`;
    const { dataset } = imported(await importFiles([{ name: 'elements.csv', content: elements }, { name: 'connections.csv', content: connections }], { today: TODAY }));
    expect(dataset.factors.map((f) => f.label).sort()).toEqual(['Homelessness', 'Recall']);
    expect(dataset.links).toHaveLength(2);
  });

  it('Kumu JSON keys are trimmed the same way', async () => {
    const kumu = { elements: [{ label: ' Recall' }, { label: 'Debt' }], connections: [{ from: 'Recall\t', to: 'Debt' }] };
    const { dataset } = imported(await importFile('map.json', JSON.stringify(kumu), { today: TODAY }));
    expect(dataset.factors.map((f) => f.label).sort()).toEqual(['Debt', 'Recall']);
    expect(dataset.links).toHaveLength(1);
  });
});

describe('an unreadable file’s problem reads as a sentence', () => {
  it('broken XML: "expected a file this map can read, but it is not well-formed XML"', async () => {
    const outcome = await importFile('broken.graphml', '<graphml><graph><node id="a"></graph>', { today: TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      const line = formatIssue(outcome.issues[0]!);
      expect(line).toMatch(/^broken\.graphml.*: expected a file this map can read, but it is not well-formed XML/);
      expect(line).not.toContain('expected it is');
    }
  });
});

describe('hidden characters in text from a file are shown by their code (issue 24, item 4)', () => {
  it('makes bidirectional overrides, controls and zero-width characters visible, and keeps the rest', () => {
    expect(visibleText('x\u202Egnp.json')).toBe('x[U+202E]gnp.json');
    expect(visibleText('a\u0000b\u0007c\u200Bd\u2066e\u061C')).toBe('a[U+0000]b[U+0007]c[U+200B]d[U+2066]e[U+061C]');
    expect(visibleText('Line one\nline two\twith a tab, “quotes”, café, 😀 and ❤️')).toBe('Line one\nline two\twith a tab, “quotes”, café, 😀 and ❤️');
  });

  it('a file name with U+202E is named with it made visible in the importer’s messages', async () => {
    const outcome = await importFile(visibleText('map\u202Etxt.exe.graphml'), '<graphml><graph>', { today: TODAY });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain('map[U+202E]txt.exe.graphml could not be read');
  });
});
