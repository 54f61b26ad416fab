import type { Progress } from '../../io/fetchText';

/** Shown while the dataset downloads: a real progress bar when the size is known. */
export function LoadingScreen({ address, progress }: { address: string; progress: Progress }) {
  const kb = Math.round(progress.loaded / 1024);
  return (
    <main className="load-screen" aria-busy="true">
      <h1>Reoffending systems map</h1>
      <label htmlFor="load-progress">Loading the dataset…</label>
      <progress
        id="load-progress"
        max={progress.total ?? undefined}
        value={progress.total ? progress.loaded : undefined}
      />
      <p className="load-detail">
        {kb} KB{progress.total ? ` of ${Math.round(progress.total / 1024)} KB` : ''} from {address}
      </p>
    </main>
  );
}
