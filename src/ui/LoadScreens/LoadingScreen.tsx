import type { Progress } from '../../io/fetchText';

interface LoadingScreenProps {
  address: string;
  progress: Progress;
  /** Once downloaded, how far reading has got ("Reading connections: 240,000 rows"). */
  step?: string | null;
  /** Stops the load; a large file can take a while to read. */
  onCancel?: () => void;
}

/**
 * Shown while the dataset downloads (a real progress bar when the size is known), then while it is
 * read, with the reader's own progress; Cancel stops either.
 */
export function LoadingScreen({ address, progress, step, onCancel }: LoadingScreenProps) {
  const kb = Math.round(progress.loaded / 1024).toLocaleString('en-GB');
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
        {kb} KB{progress.total ? ` of ${Math.round(progress.total / 1024).toLocaleString('en-GB')} KB` : ''} from {address}
      </p>
      <p className="load-detail" role="status">
        {step ?? ''}
      </p>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </main>
  );
}
