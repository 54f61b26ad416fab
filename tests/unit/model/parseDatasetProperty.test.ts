import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, parseStory, type DatasetIssue } from '../../../src/model';
import { parseJsonText } from '../../../src/io/jsonText';
import { fromParams } from '../../../src/store/url/viewParams';
import fixture from '../../fixtures/small-map.json';

/** Every problem names a place and says what is expected, in text. */
function located(issues: DatasetIssue[]): boolean {
  return issues.length > 0 && issues.every((i) => typeof i.record === 'string' && i.record.length > 0 && typeof i.field === 'string' && typeof i.expected === 'string' && i.expected.length > 0);
}

// Small values keep 10,000 runs to a few seconds; the hostile corpus covers the huge ones.
const json = fc.jsonValue({ maxDepth: 4, depthSize: 'small' });

/** Paths into the fixture: any record, field or list entry, however deep. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}
const FIXTURE_PATHS = pathsOf(fixture).filter((p) => p.length > 0);

function replacedAt(path: Array<string | number>, replacement: unknown): unknown {
  const copy = structuredClone(fixture) as Record<string | number, unknown>;
  let here = copy;
  for (const key of path.slice(0, -1)) here = here[key] as Record<string | number, unknown>;
  here[path[path.length - 1]!] = replacement;
  return copy;
}

describe('parseDataset never throws (property)', () => {
  it('on arbitrary JSON: a dataset, or located problems', () => {
    fc.assert(
      fc.property(json, (value) => {
        const result = parseDataset(value);
        expect(result.ok || located(result.issues)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('on a valid dataset with any one field, record or entry replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_PATHS), json, (path, replacement) => {
        const result = parseDataset(replacedAt(path, replacement));
        expect(result.ok || located(result.issues)).toBe(true);
      }),
      // Each run validates a whole dataset: fewer runs, same reach (every path in the fixture).
      { numRuns: 1_000 },
    );
  });

  it('on arbitrary text read as a file: JSON errors carry a line and column', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), json.map((v) => JSON.stringify(v) ?? '').chain((t) => fc.nat(t.length).map((n) => t.slice(0, n)))), (text) => {
        const parsed = parseJsonText(text);
        if (!parsed.ok) expect(parsed.line).toBeGreaterThanOrEqual(1);
        else expect(() => parseDataset(parsed.value)).not.toThrow();
      }),
      { numRuns: 3_000 },
    );
  });

  it('parseStory too, on arbitrary JSON', () => {
    fc.assert(
      fc.property(json, (value) => {
        const result = parseStory(value);
        expect(result.ok || located(result.issues)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('reading a view from any address never throws, and ignores what it cannot use with a notice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('view', 'type', 'evidence', 'focus', 'depth', 'dir', 'select', 'loop', 'path', 'fund', 'z', 'pin', 'compare', 'q', 'axis', 'fair', 'only', 'scale'), fc.string({ maxLength: 30 })), { maxLength: 6 }), (pairs) => {
        const { state, notices } = fromParams(new URLSearchParams(pairs));
        expect(typeof state.view).toBe('string');
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
});
