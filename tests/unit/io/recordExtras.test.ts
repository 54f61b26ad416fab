import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { attributeNameOf, extraAttributes, readExtraFields, type RecordKind } from '../../../src/io/recordExtras';

/** A record kind as the schema might grow it: fields the mapping has never heard of. */
const grown: RecordKind = {
  shape: { id: z.string(), externalStudies: z.array(z.strictObject({ url: z.string(), year: z.number() })), reviewedBy: z.string().optional() },
  mapped: new Set(['id']),
  prefix: '',
};

describe('a field added to the schema later survives export and import', () => {
  it('writes unmapped fields as attributes under their own names and reads them back by the schema', () => {
    const record = { id: 'a', externalStudies: [{ url: 'https://example.org/s', year: 2024 }], reviewedBy: 'A. Researcher' };
    const attributes = extraAttributes(record, grown);
    expect(attributes).toEqual({ 'external studies': JSON.stringify(record.externalStudies), 'reviewed by': 'A. Researcher' });
    const { fields, used } = readExtraFields(attributes, grown);
    expect(fields).toEqual({ externalStudies: record.externalStudies, reviewedBy: 'A. Researcher' });
    expect([...used].sort()).toEqual(['external studies', 'reviewed by']);
  });

  it('an attribute that does not validate as the field stays an unknown attribute', () => {
    const { fields, used } = readExtraFields({ 'external studies': 'see the appendix' }, grown);
    expect(fields).toEqual({});
    expect(used.size).toBe(0);
  });

  it('names attributes the way other tools do', () => {
    expect(attributeNameOf('openQuestion')).toBe('open question');
  });
});
