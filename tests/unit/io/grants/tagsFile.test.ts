import { describe, expect, it } from 'vitest';
import { readTagsFile, restoreTags, tagsRecord, toTagsFile } from '../../../../src/io/grants/tagsFile';

describe('the tagging file a funder downloads and reopens', () => {
  const tags = { '360G-indigotrust:IND6': { interventions: ['arts-and-creativity'] }, '360G-x-2': { interventions: [] } };

  it('reopens exactly as saved, keyed by grant identifier, with no amounts or names in it', () => {
    const text = toTagsFile(tags, new Date('2026-12-07T00:00:00Z'));
    expect(readTagsFile(text)).toEqual({ ok: true, tags });
    expect(text).not.toMatch(/amount|recipient|title/i);
    expect(restoreTags(tagsRecord(tags))).toEqual({ ok: true, tags });
  });

  it('refuses anything else with a sentence saying where', () => {
    expect(readTagsFile('{"grants": []}')).toMatchObject({ ok: false, message: expect.stringMatching(/not a saved grant tagging/) });
    const bad = readTagsFile(JSON.stringify({ format: 'reoffending-map-grant-tags', version: 1, tags: { a: { interventions: ['Not An Id'] } } }));
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/at tags\.a\.interventions\.0/) });
    expect(readTagsFile('nope').ok).toBe(false);
  });
});
