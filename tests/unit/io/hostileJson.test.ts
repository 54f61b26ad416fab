import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonText, tooDeepAt } from '../../../src/io/jsonText';

describe('parsing that cannot be overflowed', () => {
  it('refuses 100,000 unclosed brackets before parsing, with a line and column, without throwing', () => {
    const result = parseJsonText('['.repeat(100_000));
    expect(result).toMatchObject({ ok: false, line: 1, column: MAX_JSON_DEPTH + 1 });
    if (!result.ok) expect(result.message).toMatch(/nested more than 200 levels deep at line 1, column 201/);
  });

  it('refuses deep objects as well as arrays, on the line where the limit is passed', () => {
    const text = `{\n"a":${'{"a":'.repeat(300)}1${'}'.repeat(300)}}`;
    const result = parseJsonText(text);
    expect(result).toMatchObject({ ok: false, line: 2 });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ label: `${'['.repeat(5_000)} say \\"hi\\" ${'{'.repeat(5_000)}` });
    expect(tooDeepAt(text)).toBe(-1);
    expect(parseJsonText(text).ok).toBe(true);
  });

  it('accepts nesting at the limit', () => {
    const text = `${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(parseJsonText(text).ok).toBe(true);
  });

  it('accepts a byte-order mark, as browsers do', () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
