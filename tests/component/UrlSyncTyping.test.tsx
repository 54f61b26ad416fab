import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPLACE_EVERY_MS } from '../../src/store/url/urlSync';
import { pageAddress, pageAddressWith, startUrlSync, useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

describe('the address while someone types or zooms', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

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
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    useViewStore.getState().setQuery('recall');
    useViewStore.getState().setMinEvidence('weak');
    // Written just after the frame that shows the change, not within it.
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(replace.mock.calls.map((call) => call[2])).toEqual(['/?q=recall']);
    expect(push.mock.calls.map((call) => call[2])).toEqual(['/?evidence=weak&q=recall']);
    expect(replace.mock.invocationCallOrder[0]).toBeLessThan(push.mock.invocationCallOrder[0]!);
    expect(new URL(window.location.href).search).toBe('?evidence=weak&q=recall');
    stop();
  });

  it('gives the view being shown to whatever reads the address before it is written, and writes it as the page is hidden', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    const stop = startUrlSync(smallMap());
    useViewStore.getState().setMinEvidence('weak');
    expect(new URL(pageAddress()).search).toBe('?evidence=weak');
    expect(pageAddressWith('embed', '1')).toBe(`${window.location.origin}/?evidence=weak&embed=1`);
    window.dispatchEvent(new Event('pagehide'));
    expect(new URL(window.location.href).search).toBe('?evidence=weak');
    stop();
  });

  it('forgets a change still waiting when Back moves to another entry', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?evidence=limited');
    const stop = startUrlSync(smallMap());
    const push = vi.spyOn(window.history, 'pushState');
    useViewStore.getState().setMinEvidence('weak');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(1000);
    expect(push).not.toHaveBeenCalled();
    expect(useViewStore.getState().filter.minEvidence).toBe('limited');
    expect(new URL(pageAddress()).search).toBe('?evidence=limited');
    stop();
  });
});
