import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPLACE_EVERY_MS } from '../../src/store/url/urlSync';
import { startUrlSync, useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

describe('the address while someone types or zooms', () => {
  afterEach(() => vi.useRealTimers());

  it('is rewritten at most a few times a second, ending on exactly what was typed', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    const stop = startUrlSync(smallMap());
    for (const text of ['f', 'fe', 'fea', 'fear', 'fear ', 'fear o', 'fear of']) useViewStore.getState().setQuery(text);
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(new URL(window.location.href).searchParams.get('q')).toBe('fear of');
    useViewStore.getState().setZoom({ x: 10, y: 20, k: 1.5 });
    useViewStore.getState().setZoom({ x: 12, y: 20, k: 1.5 });
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(new URL(window.location.href).searchParams.get('z')).toBe('12,20,1.5');
    expect(push).not.toHaveBeenCalled();
    stop();
  });

  it('writes what was typed before a filter change adds a history entry', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    const stop = startUrlSync(smallMap());
    useViewStore.getState().setQuery('recall');
    useViewStore.getState().setMinEvidence('weak');
    expect(new URL(window.location.href).search).toBe('?evidence=weak&q=recall');
    stop();
  });
});
