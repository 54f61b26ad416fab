import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/io/jsonText';

describe('parseJsonText: a broken file says where it is broken', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it.each([
    ['a missing value', '{\n  "a": 1,\n  "b": [1,, 2]\n}', 3, 11, 'a value was expected'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'a comma was expected'],
    ['a trailing comma', '{"a": 1,}', 1, 9, 'a property name in double quotes was expected'],
    ['a comment', '{"a": 1 // note\n}', 1, 9, 'comments are not allowed'],
    ['a cut-off file', '{"factors": [', 1, 14, 'a closing ] was expected'],
  ])('locates %s', (_name, text, line, column, reason) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect([result.line, result.column]).toEqual([line, column]);
      expect(result.message).toContain(`line ${line}, column ${column}`);
      expect(result.message).toContain(reason);
    }
  });
});
