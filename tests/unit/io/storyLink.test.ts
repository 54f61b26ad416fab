import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStory, STORY_FORMAT, type Story } from '../../../src/model';
import { decodeStoryFromLink, encodeStoryForLink, parseStoryText } from '../../../src/io/story/storyLink';

const story: Story = {
  format: STORY_FORMAT,
  version: 1,
  title: 'The cycle of recall',
  steps: [
    { title: 'Released with nowhere to sleep', caption: 'Many people leave prison with no bed for the night.', view: 'focus=homeless-on-release' },
    { title: 'Recalled', caption: 'Missed appointments lead back to prison.', view: 'loop=recall-loop', citations: [{ source: 'interviews', quote: 'x' }] },
  ],
};

describe('a story travels in a link', () => {
  it('round-trips through a link exactly', () => {
    const link = encodeStoryForLink(story);
    expect(link).toMatch(/^~[A-Za-z0-9_-]+$/);
    expect(decodeStoryFromLink(link)).toEqual({ ok: true, story });
  });

  it('round-trips any valid story', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(text, fc.array(fc.record({ title: text, caption: text }), { minLength: 1, maxLength: 5 }), (title, steps) => {
        const s: Story = { format: STORY_FORMAT, version: 1, title, steps: steps.map((step) => ({ ...step, view: 'view=table' })) };
        expect(decodeStoryFromLink(encodeStoryForLink(s))).toEqual({ ok: true, story: s });
      }),
      { numRuns: 200 },
    );
  });

  it('says a damaged link is damaged, without throwing', () => {
    const link = encodeStoryForLink(story);
    const result = decodeStoryFromLink(link.slice(0, link.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.expected).toMatch(/cut short or damaged/);
    expect(decodeStoryFromLink('https://example.org/story.json').ok).toBe(false);
  });
});

describe('a story file is validated on import', () => {
  it('locates a missing caption in the step that lacks it', () => {
    const bad = structuredClone(story) as unknown as { steps: Array<Record<string, unknown>> };
    delete bad.steps[1]!.caption;
    const result = parseStory(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ record: 'steps[1]', field: 'caption' }));
  });

  it('refuses a view that is a whole address, and names the step', () => {
    const bad = structuredClone(story);
    bad.steps[0]!.view = 'https://evil.example/?x=1';
    const result = parseStory(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ record: 'steps[0]', field: 'view' });
  });

  it('gives the line and column of broken JSON, and accepts a byte-order mark', () => {
    const broken = parseStoryText('{\n  "format": "reoffending-map-story",\n  "title": }', 'story.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.expected).toMatch(/line 3, column 12/);
    expect(parseStoryText(`\uFEFF${JSON.stringify(story)}`, 'story.json').ok).toBe(true);
  });

  it('refuses a file that is not a story', () => {
    const result = parseStory({ meta: {}, factors: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.field)).toContain('format');
  });
});
