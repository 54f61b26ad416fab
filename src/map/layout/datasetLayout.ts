import type { Dataset } from '../../model';
import { createLayout, type Layout, type LayoutOptions, type Point } from './createLayout';
import { layoutOptionsForDataset } from './layoutOptions';

export { layoutOptionsForDataset } from './layoutOptions';

/** The layout a dataset always gets: its published positions, the rest placed by the seeded layout. */
export function layoutForDataset(dataset: Dataset, onTick?: LayoutOptions['onTick'], journey?: LayoutOptions['journey']): Layout {
  return createLayout({ ...layoutOptionsForDataset(dataset, journey), onTick });
}

/** Where every node of a dataset settles: what the map shows on first paint. */
export function settledPositions(dataset: Dataset): ReadonlyMap<string, Point> {
  const layout = layoutForDataset(dataset);
  layout.settle();
  return layout.positions();
}
