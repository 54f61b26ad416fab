import { describe, expect, it, vi } from 'vitest';

// A loader that fails in a way nobody planned for (a bug, or a browser limit), not with a located error.
vi.mock('../../../src/io/loadDataset', () => ({
  loadDataset: () => Promise.reject(new RangeError('Maximum call stack size exceeded')),
}));

const { useDatasetStore } = await import('../../../src/store');

describe('opening a dataset never leaves the page stuck on "Loading…"', () => {
  it('ends on the error screen, saying what went wrong, when the loader throws', async () => {
    await useDatasetStore.getState().open('https://example.org/map.json', 'https://map.example/', 'data/reoffending-map.json');
    const state = useDatasetStore.getState().state;
    expect(state.status).toBe('failed');
    if (state.status === 'failed') expect(state.message).toBe('https://example.org/map.json could not be read: Maximum call stack size exceeded.');
  });
});
