import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/io/formats/registry';
import type { FormatEntry } from '../../../src/io/formats/formatEntry';

/**
 * src/io/FORMATS.md's table of formats is the registry's, written out: this test fails when they
 * differ. `UPDATE_FORMATS_TABLE=1 npx vitest run tests/unit/io/formatsDoc.test.ts` rewrites it.
 */

const doc = resolve(__dirname, '../../../src/io/FORMATS.md');
const START = '<!-- formats table: generated from src/io/formats/registry.ts by tests/unit/io/formatsDoc.test.ts -->';
const END = '<!-- end of formats table -->';

const names = (f: FormatEntry) => [...f.extensions.map((e) => `\`.${e}\``), ...(f.contentExtensions ?? []).map((e) => `\`.${e}\` (by content)`)].join(', ');
const reimport = (f: FormatEntry) => (f.reads === undefined ? 'no' : f.writes === undefined ? '' : f.carries === 'everything' ? 'the whole dataset' : 'the graph and sources');

function table(): string {
  const rows = (FORMATS as readonly FormatEntry[]).map((f) =>
    [f.label, `\`${f.id}\``, names(f), `\`${f.mediaType}\``, f.reads === undefined ? 'no' : 'yes', f.writes === undefined ? 'no' : 'yes', reimport(f)].join(' | '),
  );
  return ['| format | id | file names | media type | read | written | an export re-imports as |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r} |`)].join('\n');
}

describe('FORMATS.md lists the formats of the registry', () => {
  it('its table of formats is the registry, written out', () => {
    const text = readFileSync(doc, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, 'the table markers are in FORMATS.md').toBeGreaterThanOrEqual(0);
    const written = text.slice(start + START.length, end).trim();
    if (process.env.UPDATE_FORMATS_TABLE) writeFileSync(doc, `${text.slice(0, start + START.length)}\n${table()}\n${text.slice(end)}`);
    else expect(written).toBe(table());
  });

  it('the table of what each format carries names every format that re-imports', () => {
    const carries = readFileSync(doc, 'utf8').split('## What each format carries')[1] ?? '';
    for (const f of FORMATS as readonly FormatEntry[]) if (f.reads !== undefined && f.writes !== undefined) expect(carries, f.label).toContain(f.label);
  });
});
