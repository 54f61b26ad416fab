import { create } from 'zustand';
import type { Dataset, DatasetIssue } from '../model';
import type { Progress } from '../io/fetchText';
import { loadDataset } from '../io/loadDataset';
import { resolveDatasetAddress } from '../io/datasetAddress';

export type DatasetState =
  | { status: 'idle' }
  /** `step`: how far reading has got once downloaded ("Reading connections: 240,000 rows"). */
  | { status: 'loading'; address: string; progress: Progress; step: string | null }
  | { status: 'ready'; address: string; dataset: Dataset }
  | { status: 'failed'; address: string; message: string; issues: DatasetIssue[] };

interface DatasetActions {
  /** Opens the dataset named by `?data=` (or the bundled one when absent). */
  open(dataParam: string | null, pageUrl: string, bundledUrl: string): Promise<void>;
  /** Stops the load in progress (download or reading); the page then says it was cancelled. */
  cancel(): void;
}

/** Each open gets a number; a slow load that finishes after a newer one started is dropped. */
let latestRequest = 0;
/** Aborts the load in progress: its download, or its import worker. */
let loading: AbortController | null = null;

export const useDatasetStore = create<{ state: DatasetState } & DatasetActions>()((set, get) => ({
  state: { status: 'idle' },
  async open(dataParam, pageUrl, bundledUrl) {
    const request = ++latestRequest;
    const address = resolveDatasetAddress(dataParam, pageUrl, bundledUrl);
    if (!address.ok) {
      set({ state: { status: 'failed', address: dataParam ?? '', message: address.message, issues: [] } });
      return;
    }
    const href = address.url.href;
    set({ state: { status: 'loading', address: href, progress: { loaded: 0, total: null }, step: null } });
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    const update = (patch: { progress?: Progress; step?: string }) => {
      const current = get().state;
      if (request === latestRequest && current.status === 'loading') set({ state: { ...current, ...patch } });
    };
    let outcome: Awaited<ReturnType<typeof loadDataset>>;
    try {
      outcome = await loadDataset(address.url, (progress) => update({ progress }), { onStep: (step) => update({ step }), signal: controller.signal });
    } catch (error) {
      // Nothing a file holds may leave the page stuck on "Loading…": any failure ends on the error screen.
      outcome = { ok: false, message: `${href} could not be read: ${error instanceof Error ? error.message : String(error)}.`, issues: [] };
    }
    if (request !== latestRequest) return;
    loading = null;
    set({
      state: outcome.ok
        ? { status: 'ready', address: href, dataset: outcome.dataset }
        : { status: 'failed', address: href, message: outcome.message, issues: outcome.issues },
    });
  },
  cancel() {
    loading?.abort();
  },
}));
