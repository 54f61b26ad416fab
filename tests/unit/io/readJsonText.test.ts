import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/io/jsonText';
import { readJsonText } from '../../../src/io/readJsonText';

describe('readJsonText: the first load reads a dataset as parseJsonText would', () => {
  const texts = [
    '{"a": [1, 2]}',
    '\uFEFF{"a": 1}',
    '{\n  "meta": {\n    "title": "x",\n  }\n}',
    '{"a": 1} trailing',
    '',
    '['.repeat(1_000),
    '"an unterminated string',
  ];
  for (const text of texts) {
    it(`gives the same answer for ${JSON.stringify(text.slice(0, 30))}`, async () => {
      expect(await readJsonText(text)).toEqual(parseJsonText(text));
    });
  }

  it('says where a broken file breaks, in plain words', async () => {
    const result = await readJsonText('{\n  "a": 1,\n}');
    expect(result).toMatchObject({ ok: false, line: 3, column: 1 });
    expect(!result.ok && result.message).toMatch(/^not valid JSON at line 3, column 1: /);
  });
});
