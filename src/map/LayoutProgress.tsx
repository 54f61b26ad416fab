export interface LayoutProgressProps {
  /** How far the layout has come, 0 to 1. */
  fraction: number;
  /** How many nodes the layout is placing. */
  nodeCount: number;
  onStop(): void;
}

/**
 * Shown while a large map settles in view (its layout in a worker, or a slice per frame where no
 * worker can run): how far it has come, and a way to stop it where it is. The map can be read,
 * zoomed and clicked meanwhile.
 */
export function LayoutProgress({ fraction, nodeCount, onStop }: LayoutProgressProps) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="map-layout-progress" role="status">
      <label>
        <span>Placing {nodeCount.toLocaleString('en-GB')} nodes</span>
        <progress max={100} value={percent}>
          {percent}%
        </progress>
      </label>
      <button type="button" onClick={onStop}>
        Stop layout
      </button>
    </div>
  );
}
