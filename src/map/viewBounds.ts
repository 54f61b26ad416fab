import { isFiltering } from '../analysis';
import type { Dataset } from '../model';
import { highlightOf, visibilityOf, type ViewStore } from '../store';
import type { Point } from './layout/createLayout';
import type { LayoutGeometry } from './layout/createLayout';
import { boxAround, nodesBounds } from './fitBounds';
import type { Bounds } from './zoom/createPanZoom';

type ViewNow = Pick<ViewStore, 'loopId' | 'path' | 'focus' | 'filter'>;

/**
 * What the view is about, when narrowed: a traced loop or path, a focus or a filtered set, with
 * room for their labels; null when the view is the whole map. Fit shows it, and so do exports.
 */
export function narrowedBounds(dataset: Dataset, view: ViewNow, positions: ReadonlyMap<string, Point>, geometry: LayoutGeometry): Bounds | null {
  const traced = highlightOf(dataset, view.loopId, view.path);
  const narrowed = view.focus !== null || isFiltering(view.filter);
  const members: ReadonlySet<string> | null = traced ? new Set(traced.nodes) : narrowed ? visibilityOf(dataset, view.filter, view.focus).nodes : null;
  return members ? nodesBounds([...positions].filter(([id]) => members.has(id)).map(([, p]) => p), geometry.labelChars) : null;
}

/** Where the selected item is: a node, or both ends of a link; null when nothing drawn is selected. */
export function selectedItemBox(dataset: Dataset, selectedId: string | null, positions: ReadonlyMap<string, Point>): Bounds | null {
  if (!selectedId) return null;
  const link = dataset.links.find((l) => l.id === selectedId);
  return boxAround((link ? [link.from, link.to] : [selectedId]).flatMap((id) => positions.get(id) ?? []));
}
