import { describe, expect, it } from 'vitest';
import { droppedFromAddress, droppedParamMessage, guardAddress, MAX_PARAM_CHARS } from '../../../src/store/url/addressGuard';

/** A window whose address can be read and replaced, as the browser's is. */
function fakeWindow(href: string) {
  const url = new URL(href);
  const replaced: string[] = [];
  const win = {
    location: url as unknown as Location,
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, next: string) {
        replaced.push(next);
        const moved = new URL(next, url);
        url.search = moved.search;
        url.hash = moved.hash;
      },
    } as unknown as History,
  };
  return { win, replaced, url };
}

describe('an over-long link is cut before the app reads it', () => {
  it('leaves an ordinary address alone, without replacing it', () => {
    const { win, replaced } = fakeWindow('https://example.org/map/?data=x.json&story=~abc&focus=f1#top');
    expect(guardAddress(win)).toEqual([]);
    expect(replaced).toEqual([]);
  });

  it('takes out a 1.9 MB story, keeps the rest of the link, and says how long it was', () => {
    const story = `~${'A'.repeat(1_900_000)}`;
    const { win, url } = fakeWindow(`https://example.org/map/?data=x.json&story=${story}&focus=f1#top`);
    const started = performance.now();
    expect(guardAddress(win)).toEqual([{ name: 'story', chars: story.length + 'story='.length }]);
    expect(performance.now() - started).toBeLessThan(200);
    expect(url.href).toBe('https://example.org/map/?data=x.json&focus=f1#top');
    expect(droppedFromAddress()).toHaveLength(1);
    expect(droppedParamMessage(droppedFromAddress()[0]!)).toBe(
      'the link’s “story” part is 1,900,007 characters long, longer than any link this map makes (at most 250,000 for one part), so it was left out; the link may be damaged, or made to freeze the page',
    );
  });

  it('keeps a part at the limit, and takes the longest out when many parts together are too long', () => {
    const atLimit = `a=${'x'.repeat(MAX_PARAM_CHARS - 2)}`;
    const { win, url } = fakeWindow(`https://example.org/?${atLimit}&b=${'y'.repeat(200_000)}&c=${'z'.repeat(150_000)}&d=1`);
    expect(guardAddress(win).map((p) => p.name)).toEqual(['a']);
    expect(url.search.startsWith('?b=')).toBe(true);
    expect(url.search.endsWith('&d=1')).toBe(true);
  });

  it('shows a hidden character in a parameter’s name by its code', () => {
    const { win } = fakeWindow(`https://example.org/?x%E2%80%AE=${'A'.repeat(300_000)}`);
    expect(droppedParamMessage(guardAddress(win)[0]!)).toContain('“x[U+202E]” part');
  });
});
